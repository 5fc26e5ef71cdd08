package org.policyforum.it.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Calls on as an operator, to show that a refusal seen as a citizen comes from the role check and nothing else. */
@Stateless
@RunAs("OPERATOR")
@PermitAll
public class RunAsOperator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
