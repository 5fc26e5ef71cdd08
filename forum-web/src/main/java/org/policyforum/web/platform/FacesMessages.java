package org.policyforum.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.policyforum.platform.entity.RuleViolation;

/** Puts a message from the resource bundle next to a field (or at the top of the page). */
public final class FacesMessages {

    private FacesMessages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return format(
                context.getApplication().getResourceBundle(context, "msg"),
                context.getViewRoot().getLocale(),
                key,
                arguments);
    }

    /** {@code key}'s text in {@code bundle} with the arguments put in; the key itself if the bundle lacks it. */
    public static String format(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A refused request: the message goes next to {@code formId:field}, or globally when it names no field. */
    public static void show(RuleViolation violation, String formId) {
        String clientId = violation.field() == null ? null : formId + ":" + violation.field();
        error(clientId, violation.messageKey(), violation.arguments());
    }

    /**
     * The refusal next to the field {@code fieldId} beside the button being pressed, in the same row of a list
     * (ui:repeat): the field is looked up from the button while the row is current, so the message and the error
     * styling go to that row's field. False if there is no such field.
     */
    public static boolean showBesidePressed(RuleViolation violation, String fieldId) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent pressed = UIComponent.getCurrentComponent(context);
        UIComponent field = pressed == null ? null : pressed.findComponent(fieldId);
        if (!(field instanceof EditableValueHolder input)) {
            return false;
        }
        String text = text(violation.messageKey(), violation.arguments());
        context.addMessage(field.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
        keepWhatWasTyped(context, field, input);
        input.setValid(false);
        return true;
    }

    public static void error(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
        markInvalid(context, clientId);
    }

    /** A refusal shown by the page itself where the person acted: only marks the request as failed. */
    public static void refused() {
        FacesContext.getCurrentInstance().validationFailed();
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
                keepWhatWasTyped(context, field, input);
                input.setValid(false);
            }
        } catch (IllegalArgumentException notAComponentPath) {
            // the message still shows; only the field's error styling is missing
        }
    }

    /**
     * A refusal from the boundary comes after the model was updated, when the field no longer holds what was sent; an
     * invalid field is rendered from what was sent only, so it would come back empty and the typed text be lost. The
     * model still holds it (the action failed): it becomes the field's sent value again.
     */
    private static void keepWhatWasTyped(FacesContext context, UIComponent field, EditableValueHolder input) {
        if (input.getSubmittedValue() != null) {
            return;
        }
        Object value = input.getValue();
        if (value instanceof java.util.Collection
                || value != null && value.getClass().isArray()) {
            return; // a many-choice field: its renderer takes arrays only; nothing typed to lose there
        }
        if (value == null || value instanceof String) {
            input.setSubmittedValue(value == null ? "" : value);
            return;
        }
        jakarta.faces.convert.Converter<Object> converter = input.getConverter() != null
                ? input.getConverter()
                : context.getApplication().createConverter(value.getClass());
        input.setSubmittedValue(converter == null ? value.toString() : converter.getAsString(context, field, value));
    }

    public static void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        // shown in this response only: every citizen action answers in place, no redirect follows. Kept in the Faces
        // flash (setKeepMessages) it was handed on to the browser's next request, and the flash is one per browser,
        // so parallel requests of one session could show each other's "counted"
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
