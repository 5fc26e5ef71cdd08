package org.policyforum.web.platform;

import jakarta.servlet.annotation.WebFilter;
import org.omnifaces.filter.FacesExceptionFilter;

/**
 * OmniFaces' FacesExceptionFilter (which FullAjaxExceptionHandler needs) registered by us instead of by OmniFaces,
 * only to mark it async-capable: OmniFaces adds it on /* without async support when none is registered, and one
 * such filter on the way makes every asynchronous request fail to go async, so the live poll results (server-sent
 * events, /api/polls/{id}/events) would end after their first event and the browsers fall back to reconnecting.
 * OmniFaces sees this subclass and does not add its own.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AsyncFacesExceptionFilter extends FacesExceptionFilter {
}
