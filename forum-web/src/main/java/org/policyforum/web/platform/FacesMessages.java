package org.policyforum.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.policyforum.platform.boundary.RuleViolation;

/** Puts a message from the resource bundle next to a field (or at the top of the page). */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A refused request: the message goes next to {@code formId:field}, or globally when it names no field. */
    public static void show(RuleViolation violation, String formId) {
        String clientId = violation.field() == null ? null : formId + ":" + violation.field();
        error(clientId, violation.messageKey(), violation.arguments());
    }

    public static void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
        markInvalid(context, clientId);
    }

    /**
     * Marks the field invalid, as a failed validator would: only then does PrimeFaces render it with aria-invalid and
     * an aria-describedby pointing at its message, so a screen reader reads the message with the field.
     */
    private static void markInvalid(FacesContext context, String clientId) {
        if (clientId == null || context.getViewRoot() == null) {
            return;
        }
        try {
            UIComponent field = context.getViewRoot().findComponent(clientId);
            if (field instanceof EditableValueHolder input) {
                input.setValid(false);
            }
        } catch (IllegalArgumentException notAComponentPath) {
            // the message still shows; only the field's error styling is missing
        }
    }

    public static void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        // survives the redirect that usually follows a successful action
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
