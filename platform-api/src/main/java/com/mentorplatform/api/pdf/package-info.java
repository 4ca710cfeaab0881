/** The look of the platform's PDF documents, shared by the promotion case and the board report: fonts, sizes, colours, page footers. */
package com.mentorplatform.api.pdf;
