package com.mentorplatform.api.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.client.ApiClient;
import com.mentorplatform.client.ApiException;
import com.mentorplatform.client.api.DefaultApi;
import com.mentorplatform.client.model.LoginRequest;

/**
 * The client generated from the OpenAPI document at build time ({@code com.mentorplatform.client}),
 * pointed at the running API and reading strictly: a field the document does not name fails the read.
 */
final class ContractClient {

    /** The generated client's own mapper, except that an unknown field is an error rather than ignored. */
    static final ObjectMapper STRICT = ApiClient.createDefaultObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ContractClient() {
    }

    /** No token: for logging in, and for seeing what an anonymous caller is told. */
    static DefaultApi anonymous() {
        return new DefaultApi(client());
    }

    /** Logs the user in through the client and sends the access token as the document says: a Bearer token. */
    static DefaultApi signedIn(TestUser user) throws ApiException {
        String token = anonymous().login(new LoginRequest().tenant(user.tenant()).email(user.email())
                .password(user.password())).getAccessToken();
        return new DefaultApi(client().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token)));
    }

    private static ApiClient client() {
        ApiClient client = new ApiClient().setObjectMapper(STRICT);
        client.updateBaseUri(RunningApi.get().baseUri().toString());
        return client;
    }
}
