/** The frame around the signed-in screens: product header, the user's tenant and name, and a menu of what their roles allow. */
package com.mentorplatform.ui.shell;
