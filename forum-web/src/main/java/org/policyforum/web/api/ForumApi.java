package org.policyforum.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Switches on Jakarta REST under {@code /api}; resources are discovered. */
@ApplicationPath("/api")
public class ForumApi extends Application {}
