package org.policyforum.web.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/**
 * Every address Faces renders for a page (links, forms' actions, redirects) in its clean form ({@link CleanAddresses}):
 * a form on {@code /topics/5} posts back to {@code /topics/5}, a link to {@code /idea} with {@code id=7} is
 * {@code /ideas/7}. Registered in faces-config.xml.
 */
public class CleanViewHandler extends ViewHandlerWrapper {

    public CleanViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String contextPath = context.getExternalContext().getRequestContextPath();
        return CleanAddresses.action(super.getActionURL(context, viewId), contextPath, shownId(context, viewId));
    }

    @Override
    public String getBookmarkableURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return clean(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return clean(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String clean(FacesContext context, String url) {
        return CleanAddresses.clean(url, context.getExternalContext().getRequestContextPath());
    }

    /** The id this request's page shows, when the action asked for is this page's own (a post-back). */
    private static String shownId(FacesContext context, String viewId) {
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId())) {
            return null;
        }
        return context.getExternalContext().getRequestParameterMap().get("id");
    }
}
