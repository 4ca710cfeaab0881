/**
 * What the features' lists share: keyset pages ({@link com.mentorplatform.api.paging.Keyset}), the opaque cursors a
 * page hands back as {@code next} and takes again as {@code after}, and the LIKE patterns of their text filters.
 */
package com.mentorplatform.api.paging;
