package org.policyforum.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.policyforum.idea.boundary.IdeaSupports;
import org.policyforum.platform.entity.RuleViolation;

/**
 * The support of the idea page's script, {@code POST /api/ideas/{id}/support} (a logged-in member, the session's CSRF
 * token, no body): the same boundary call as the page's form, so every rule is the boundary's; a rule's refusal is
 * answered by {@link RuleRefusals} in the script's shape, with the message in the visitor's language.
 */
@Path("ideas")
@ApplicationScoped
public class IdeaResource {

    @Inject
    IdeaSupports supports;

    @Context
    HttpServletRequest request;

    /** The answer to a support: the idea's count after it. */
    @JsonbPropertyOrder({"status", "supports", "message"})
    public record Receipt(String status, int supports, String message) {}

    @POST
    @Path("{id}/support")
    @MemberWrite
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response support(@PathParam("id") long id) {
        IdeaSupports.Receipt receipt;
        try {
            receipt = supports.support(id);
        } catch (EJBAccessException notACitizen) {
            throw RuleViolation.of("idea.verifiedOnly");
        }
        return ApiAnswers.json(
                Response.Status.OK,
                new Receipt("counted", receipt.supports(), ApiAnswers.text(request, "idea.supported")));
    }
}
