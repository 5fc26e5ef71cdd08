package org.policyforum.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A request the rules refuse. It names the form field it is about (or none) and a message key of the resource
 * bundles, so the page can show the message next to the field; the transaction rolls back, so nothing is half-done.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static RuleViolation of(String messageKey, Object... arguments) {
        return new RuleViolation(null, messageKey, arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return "RuleViolation[" + messageKey + ", field=" + field + ", args=" + Arrays.toString(arguments) + "]";
    }
}
