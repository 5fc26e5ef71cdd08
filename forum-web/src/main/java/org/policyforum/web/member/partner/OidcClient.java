package org.policyforum.web.member.partner;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.policyforum.platform.control.Text;
import org.policyforum.web.member.partner.PartnerLoginRefused.Reason;

/**
 * The OpenID Connect side of a partner login, done by the Nimbus SDK: the provider's metadata (discovered once from
 * its issuer, which must match the configured one), the authorization request (code flow, PKCE S256, state, nonce),
 * and at the callback the code exchange and every ID token check (signature against the provider's keys, issuer,
 * audience, expiry, nonce). The keys are fetched by the validator and cached per provider.
 */
@ApplicationScoped
public class OidcClient {

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());

    private static final int TIMEOUT_MILLIS = 5_000;

    /**
     * A partner account, as a checked ID token names it; from a verifying provider also the person it vouches for
     * (null otherwise, or when the token lacks a claim). Nothing else is taken from the token.
     */
    public record PartnerAccount(String issuer, String subject, VouchedPerson person) {}

    private final Map<String, OIDCProviderMetadata> metadata = new ConcurrentHashMap<>();
    private final Map<String, IDTokenValidator> validators = new ConcurrentHashMap<>();

    /** The address to send the person to at the provider. */
    public URI authorizationRequest(
            PartnerProvider provider, URI callback, State state, Nonce nonce, CodeVerifier verifier)
            throws PartnerLoginRefused {
        return new AuthenticationRequest.Builder(
                        ResponseType.CODE, new Scope("openid"), new ClientID(provider.clientId()), callback)
                .endpointURI(metadata(provider).getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Exchanges the code and checks the ID token it brings; the partner account it names. */
    public PartnerAccount finish(
            PartnerProvider provider, URI callback, AuthorizationCode code, CodeVerifier verifier, Nonce nonce)
            throws PartnerLoginRefused {
        OIDCProviderMetadata op = metadata(provider);
        TokenRequest request = new TokenRequest(
                op.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(provider.clientId()), new Secret(provider.clientSecret())),
                new AuthorizationCodeGrant(code, callback, verifier));
        JWT idToken;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                throw new PartnerLoginRefused(
                        Reason.TOKEN,
                        "the token endpoint refused the code: "
                                + response.toErrorResponse().getErrorObject().getCode());
            }
            idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                    .getOIDCTokens()
                    .getIDToken();
        } catch (IOException e) {
            throw new PartnerLoginRefused(Reason.UNREACHABLE, "token endpoint: " + e, e);
        } catch (ParseException | ClassCastException e) {
            throw new PartnerLoginRefused(Reason.TOKEN, "no ID token in the token response: " + e.getMessage(), e);
        }
        try {
            IDTokenClaimsSet claims = validator(provider, op).validate(idToken, nonce);
            return new PartnerAccount(
                    claims.getIssuer().getValue(), claims.getSubject().getValue(), vouched(provider, claims));
        } catch (BadJOSEException | JOSEException e) {
            throw new PartnerLoginRefused(Reason.TOKEN, "ID token refused: " + e.getMessage(), e);
        }
    }

    /** The longest person key and real name a member's row holds (the sign-up refuses longer ones as well). */
    static final int MAX_PERSON_KEY = 255;

    static final int MAX_NAME = 60;

    /** The person a verifying provider vouches for, by the claims it was configured with; null if none. */
    private static VouchedPerson vouched(PartnerProvider provider, IDTokenClaimsSet claims) {
        if (!provider.verifier()) {
            return null;
        }
        String key = claims.getStringClaim(provider.personClaim());
        String name = claims.getStringClaim(provider.nameClaim());
        if (key == null || key.isBlank() || name == null || name.isBlank()) {
            LOG.warning(() -> provider + ": the ID token lacks the claim " + provider.personClaim() + " or "
                    + provider.nameClaim() + "; the person may link a verified account but not join");
            return null;
        }
        if (key.length() > MAX_PERSON_KEY || name.strip().length() > MAX_NAME) {
            LOG.warning(() -> provider + ": the ID token's person key or name is longer than a member's may be; the"
                    + " person may link a verified account but not join");
            return null;
        }
        if (Text.holdsResidentNumber(key) || Text.holdsResidentNumber(name)) {
            // refused here, so that the number never reaches the session (nor, in a cluster, its replicas)
            LOG.warning(() -> provider + ": the ID token's person key or name is shaped like a resident registration"
                    + " number; the person may link a verified account but not join");
            return null;
        }
        return new VouchedPerson(key, name);
    }

    private OIDCProviderMetadata metadata(PartnerProvider provider) throws PartnerLoginRefused {
        OIDCProviderMetadata known = metadata.get(provider.id());
        if (known != null) {
            return known;
        }
        try {
            // resolve() checks that the document names the configured issuer
            OIDCProviderMetadata found =
                    OIDCProviderMetadata.resolve(new Issuer(provider.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            metadata.put(provider.id(), found);
            return found;
        } catch (GeneralException | IOException | IllegalArgumentException e) {
            throw new PartnerLoginRefused(Reason.UNREACHABLE, "discovery of " + provider + ": " + e.getMessage(), e);
        }
    }

    private IDTokenValidator validator(PartnerProvider provider, OIDCProviderMetadata op) throws PartnerLoginRefused {
        try {
            return validators.computeIfAbsent(provider.id(), id -> newValidator(provider, op));
        } catch (IllegalStateException e) {
            throw new PartnerLoginRefused(Reason.UNREACHABLE, "keys of " + provider + ": " + e.getMessage(), e);
        }
    }

    /**
     * Signed tokens only: any asymmetric algorithm the provider announces (RS256 if it names none), never "none" and
     * never a shared-secret one; keys from the provider's key set, fetched and cached by the SDK.
     */
    private static IDTokenValidator newValidator(PartnerProvider provider, OIDCProviderMetadata op) {
        List<JWSAlgorithm> announced = op.getIDTokenJWSAlgs() == null ? List.of() : op.getIDTokenJWSAlgs();
        Set<JWSAlgorithm> algorithms = announced.stream()
                .filter(a -> JWSAlgorithm.Family.SIGNATURE.contains(a))
                .collect(Collectors.toSet());
        if (algorithms.isEmpty()) {
            algorithms = Set.of(JWSAlgorithm.RS256);
        }
        try {
            JWKSource<SecurityContext> keys =
                    JWKSourceBuilder.create(op.getJWKSetURI().toURL()).build();
            return new IDTokenValidator(
                    op.getIssuer(),
                    new ClientID(provider.clientId()),
                    new JWSVerificationKeySelector<>(algorithms, keys),
                    null);
        } catch (MalformedURLException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("no usable key set address: " + e.getMessage(), e);
        }
    }
}
