package org.policyforum.it.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Calls on as a logged-in citizen would: the container's run-as identity holds the CITIZEN and MEMBER roles only. */
@Stateless
@RunAs("CITIZEN")
@PermitAll
public class RunAsCitizen {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
