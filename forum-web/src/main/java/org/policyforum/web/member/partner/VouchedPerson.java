package org.policyforum.web.member.partner;

import java.io.Serializable;

/**
 * Who a verifying partner says a person is, from its checked ID token: the person key (one per person, as an
 * identity verifier's) and the real name. Kept only in the visitor's session until they join or leave;
 * {@link #toString()} leaves the key out of every log line.
 */
public record VouchedPerson(String personKey, String realName) implements Serializable {

    @Override
    public String toString() {
        return "VouchedPerson[" + realName.length() + " chars]";
    }
}
