package com.mentorplatform.api.personaldata;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** The ZIP of a finished export, kept apart from its row so that polling never reads it. */
@MappedEntity("data_export_files")
record ExportFile(@Id UUID exportId, byte[] content) {
}
