package org.policyforum.web.idea;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.omnifaces.util.Faces;
import org.policyforum.idea.boundary.IdeaViews.Row;
import org.policyforum.idea.boundary.Ideas;
import org.policyforum.idea.entity.IdeaCategory;
import org.policyforum.member.boundary.SignUps;
import org.policyforum.member.entity.District;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.FormOnce;

/**
 * A new idea, in two steps: "next" shows up to five similar ideas already there (so that people support one instead
 * of repeating it), then "propose" saves. Changing the title after the check checks again. Without script both
 * steps are plain posts; with it the similar ideas also follow the title as it is typed.
 */
@Named
@ViewScoped
public class ProposeIdeaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ideas ideas;

    @Inject
    SignUps signUps;

    private final FormOnce formOnce = new FormOnce();

    private String title;
    private String body;
    private Long categoryId;
    private String districtCode;
    private String checkedTitle;
    private transient List<Row> similar;

    /** Shows the similar ideas for the title typed; the second step's button appears. */
    public void check() {
        similar = ideas.similar(title);
        checkedTitle = title;
    }

    public void propose() throws IOException {
        if (!isChecked()) {
            check();
            FacesMessages.info("idea.similar.checkFirst");
            return;
        }
        if (!formOnce.take()) {
            FacesMessages.info("common.alreadySaved");
            return;
        }
        try {
            long id = ideas.propose(new Ideas.Proposal(title, body, categoryId, districtCode));
            Faces.getFlash().setKeepMessages(true);
            FacesMessages.info("idea.proposed");
            Faces.redirect("ideas/%s", String.valueOf(id));
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "propose");
        }
    }

    /** Whether the similar ideas shown belong to the title as it stands. */
    public boolean isChecked() {
        return checkedTitle != null && Objects.equals(checkedTitle, title);
    }

    public List<Row> getSimilar() {
        if (similar == null && checkedTitle != null) {
            similar = ideas.similar(checkedTitle);
        }
        return similar == null ? List.of() : similar;
    }

    public FormOnce getOnce() {
        return formOnce;
    }

    public List<District> getDistricts() {
        return signUps.districts();
    }

    public List<IdeaCategory> getCategories() {
        return ideas.categories();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }
}
