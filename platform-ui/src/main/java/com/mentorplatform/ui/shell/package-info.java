/**
 * The frame around the signed-in screens: product header, the user's tenant and name, and a menu of what their roles
 * allow; and what the screens share: save and close events, the API's problems shown on a form, "not found" for a
 * URL that names nothing, and the questions that confirm a destructive action, once or after a value is typed again.
 */
package com.mentorplatform.ui.shell;
