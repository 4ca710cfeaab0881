package com.mentorplatform.ui.signin;

import com.mentorplatform.client.model.CompanySignInSettings;
import com.mentorplatform.client.model.CompanySignInUpdate;
import com.mentorplatform.client.model.CreateScimTokenRequest;
import com.mentorplatform.client.model.CreatedScimToken;
import com.mentorplatform.client.model.ScimTokenResponse;
import com.mentorplatform.ui.api.ApiClient;
import java.util.List;
import java.util.UUID;

/** {@code /api/company-sign-in} and {@code /api/scim-tokens}, read and written as the contract's models. */
final class SignInSettingsClient {

    private static final String COMPANY_SIGN_IN = "/api/company-sign-in";
    private static final String SCIM_TOKENS = "/api/scim-tokens";

    private final ApiClient api;

    SignInSettingsClient(ApiClient api) {
        this.api = api;
    }

    CompanySignInSettings companySignIn() {
        return api.get(COMPANY_SIGN_IN, CompanySignInSettings.class);
    }

    CompanySignInSettings saveCompanySignIn(CompanySignInUpdate update) {
        return api.send("PUT", COMPANY_SIGN_IN, update, CompanySignInSettings.class);
    }

    void disconnectCompanySignIn() {
        api.send("DELETE", COMPANY_SIGN_IN, null);
    }

    List<ScimTokenResponse> scimTokens() {
        return api.getList(SCIM_TOKENS, ScimTokenResponse.class);
    }

    CreatedScimToken newScimToken(String name) {
        return api.send("POST", SCIM_TOKENS, new CreateScimTokenRequest().name(name), CreatedScimToken.class);
    }

    void revokeScimToken(UUID id) {
        api.send("DELETE", SCIM_TOKENS + "/" + id, null);
    }
}
