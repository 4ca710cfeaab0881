package com.mentorplatform.api.tenantdata;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** The ZIP of a finished tenant export, kept apart from its row so that polling never reads it. */
@MappedEntity("tenant_export_files")
record TenantExportFile(@Id UUID exportId, byte[] content) {
}
