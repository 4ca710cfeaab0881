package com.mentorplatform.ui.api;

import java.time.OffsetDateTime;

/** A tenant (customer organisation) as the platform operator sees it. */
public record Tenant(String id, String slug, String name, String status, OffsetDateTime createdAt) {}
