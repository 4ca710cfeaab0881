package com.mentorplatform.api.auth.company;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tenant's identity provider as stored, with the tenant's slug and sign-in switches read alongside. */
@MappedEntity("company_sign_in")
record CompanyProvider(@Id UUID tenantId, String slug, String issuer, String clientId, byte[] clientSecretSealed,
                       @TypeDef(type = DataType.STRING_ARRAY) List<String> emailDomains, boolean passwordLogin,
                       Instant updatedAt) {
}
