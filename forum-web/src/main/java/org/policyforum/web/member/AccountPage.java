package org.policyforum.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policyforum.member.boundary.MyAccount;
import org.policyforum.member.entity.Member;
import org.policyforum.platform.entity.RuleViolation;
import org.policyforum.topic.boundary.Follows;
import org.policyforum.web.platform.FacesMessages;
import org.policyforum.web.platform.LocaleSelection;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A member's own page: their details, email, password, mail consents, followed topics, their data, and leaving. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAccount myAccount;

    @Inject
    Follows follows;

    @Inject
    LocaleSelection locale;

    private Member me;
    private boolean mailOptIn;
    private boolean followDigest;
    private boolean outcomeNews;
    private List<Follows.Followed> followed;
    private String newEmail;
    private String currentPassword;
    private String newPassword;
    private String closePassword;
    private boolean closeConfirmed;
    private boolean emailChangeSent;

    @PostConstruct
    void load() {
        me = myAccount.me();
        mailOptIn = me.isMailOptIn();
        followDigest = me.isFollowDigest();
        outcomeNews = me.isOutcomeNews();
        followed = follows.mine();
    }

    public void changeEmail() {
        try {
            myAccount.changeEmail(newEmail, currentPassword);
            emailChangeSent = true;
            FacesMessages.info("account.email.sent", newEmail);
            newEmail = null;
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "email");
        } finally {
            currentPassword = null;
        }
    }

    public void changePassword() {
        try {
            int epoch = myAccount.changePassword(currentPassword, newPassword);
            // every other session of the member ends; this one stays logged in under the new number
            ((HttpServletRequest) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequest())
                    .getSession()
                    .setAttribute(SessionGuard.EPOCH, epoch);
            FacesMessages.info("account.password.changed");
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "password");
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public void saveMailConsent() {
        myAccount.changeMailConsent(mailOptIn);
        myAccount.changeFollowDigest(followDigest);
        myAccount.changeOutcomeNews(outcomeNews);
        me = myAccount.me();
        FacesMessages.info(mailOptIn ? "account.mail.on" : "account.mail.off");
        FacesMessages.info(followDigest ? "account.digest.on" : "account.digest.off");
        FacesMessages.info(outcomeNews ? "account.outcomeNews.on" : "account.outcomeNews.off");
    }

    public void unfollow(long topicId) {
        follows.unfollow(topicId);
        followed = follows.mine();
        FacesMessages.info("account.follows.stopped");
    }

    public StreamedContent getMyData() {
        return DefaultStreamedContent.builder()
                .name("policy-forum-my-data.json")
                .contentType("application/json")
                .stream(() -> new ByteArrayInputStream(myAccount.exportMyData().getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    public void closeAccount() throws IOException, ServletException {
        if (!closeConfirmed) {
            FacesMessages.error("close:closeConfirmed", "account.close.confirmRequired");
            return;
        }
        try {
            myAccount.closeAccount(closePassword);
        } catch (RuleViolation violation) {
            FacesMessages.show(violation, "close");
            return;
        } finally {
            closePassword = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?closed=true");
    }

    /** The verifier's name as people read it ("development" is the development verifier, never a real check). */
    public String getVerifierName() {
        String verifier = getMe().getVerifiedBy();
        if (verifier == null) {
            return "";
        }
        String text = FacesMessages.text("account.verifier." + verifier);
        return text.equals("account.verifier." + verifier)
                ? FacesMessages.text("account.verifier.other", verifier)
                : text;
    }

    public String getDistrictName() {
        return me.getDistrict() == null ? "-" : me.getDistrict().name(locale.getLocale());
    }

    public Member getMe() {
        return me;
    }

    public boolean isMailOptIn() {
        return mailOptIn;
    }

    public void setMailOptIn(boolean mailOptIn) {
        this.mailOptIn = mailOptIn;
    }

    public boolean isFollowDigest() {
        return followDigest;
    }

    public void setFollowDigest(boolean followDigest) {
        this.followDigest = followDigest;
    }

    public boolean isOutcomeNews() {
        return outcomeNews;
    }

    public void setOutcomeNews(boolean outcomeNews) {
        this.outcomeNews = outcomeNews;
    }

    public List<Follows.Followed> getFollowed() {
        return followed;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getClosePassword() {
        return closePassword;
    }

    public void setClosePassword(String closePassword) {
        this.closePassword = closePassword;
    }

    public boolean isCloseConfirmed() {
        return closeConfirmed;
    }

    public void setCloseConfirmed(boolean closeConfirmed) {
        this.closeConfirmed = closeConfirmed;
    }

    public boolean isEmailChangeSent() {
        return emailChangeSent;
    }
}
