package org.policyforum.web.api;

/**
 * A query parameter of a read that is not what the API documents (a page that is no number or below 1, a size over
 * the bound, an unknown forum, month or order): answered by {@link ParameterRefusals}.
 */
class BadParameter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadParameter(String parameter) {
        super(parameter, null, false, false);
    }

    String parameter() {
        return getMessage();
    }
}
