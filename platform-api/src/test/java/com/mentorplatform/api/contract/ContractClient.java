package com.mentorplatform.api.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.client.ApiClient;
import com.mentorplatform.client.ApiException;
import com.mentorplatform.client.api.AuthenticationApi;
import com.mentorplatform.client.model.LoginRequest;

/**
 * The client generated from the OpenAPI document at build time ({@code com.mentorplatform.client}),
 * pointed at the running API and reading strictly: a field the document does not name fails the read.
 * The document tags each operation with its feature, so the client has one API class per feature
 * ({@code PeopleApi}, {@code MatchingApi}, ...), each built on the {@link ApiClient} these methods give.
 */
final class ContractClient {

    /** The generated client's own mapper, except that an unknown field is an error rather than ignored. */
    static final ObjectMapper STRICT = ApiClient.createDefaultObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ContractClient() {
    }

    /** No token: for logging in, and for seeing what an anonymous caller is told. */
    static ApiClient anonymous() {
        return client();
    }

    /** Logs the user in through the client and sends the access token as the document says: a Bearer token. */
    static ApiClient signedIn(TestUser user) throws ApiException {
        String token = new AuthenticationApi(anonymous()).login(new LoginRequest().tenant(user.tenant())
                .email(user.email()).password(user.password())).getAccessToken();
        return client().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    private static ApiClient client() {
        ApiClient client = new ApiClient().setObjectMapper(STRICT);
        client.updateBaseUri(RunningApi.get().baseUri().toString());
        return client;
    }
}
