/** The sign-in screen: organisation, email and password, and plain-language reasons when sign-in fails. */
package com.mentorplatform.ui.login;
