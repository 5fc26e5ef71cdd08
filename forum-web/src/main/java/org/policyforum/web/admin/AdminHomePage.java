package org.policyforum.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.policyforum.console.boundary.AdminOverview;

@Named
@ViewScoped
public class AdminHomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminOverview overview;

    private AdminOverview.Figures figures;

    @PostConstruct
    void load() {
        figures = overview.figures();
    }

    public AdminOverview.Figures getFigures() {
        return figures;
    }
}
