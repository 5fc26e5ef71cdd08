package org.policyforum.member.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a person fills in to join. The sign-up page binds to it directly, so these constraints give the messages
 * next to each field, and {@link SignUps#signUp} checks them again.
 */
public class SignUp implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{signup.realName.required}")
    @Size(min = 2, max = 60, message = "{signup.realName.size}")
    private String realName;

    @NotBlank(message = "{signup.email.required}")
    @Email(message = "{signup.email.invalid}")
    @Size(max = 254, message = "{signup.email.invalid}")
    private String email;

    @NotBlank(message = "{signup.password.required}")
    @Size(max = 128, message = "{password.tooLong}")
    private String password;

    @NotBlank(message = "{signup.district.required}")
    private String districtCode;

    @NotNull(message = "{signup.birthYear.required}")
    private Integer birthYear;

    @AssertTrue(message = "{signup.terms.required}")
    private boolean termsAccepted;

    private boolean mailOptIn;

    @NotBlank(message = "{signup.verification.required}")
    @Size(max = 200, message = "{verification.testCode.invalid}")
    private String verificationEvidence;

    public String getRealName() {
        return realName;
    }

    public void setRealName(String realName) {
        this.realName = realName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }

    public boolean isMailOptIn() {
        return mailOptIn;
    }

    public void setMailOptIn(boolean mailOptIn) {
        this.mailOptIn = mailOptIn;
    }

    public String getVerificationEvidence() {
        return verificationEvidence;
    }

    public void setVerificationEvidence(String verificationEvidence) {
        this.verificationEvidence = verificationEvidence;
    }
}
