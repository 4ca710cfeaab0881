/**
 * Keyset paging shared by the features whose lists run newest first: the opaque cursor a page hands back
 * as {@code next} and takes again as {@code after}.
 */
package com.mentorplatform.api.paging;
