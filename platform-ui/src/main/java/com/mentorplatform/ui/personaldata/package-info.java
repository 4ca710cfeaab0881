/**
 * Personal data in the console: an export of a person's data (their own on the profile page, anyone's for a tenant
 * admin in the People screen) and a tenant admin's erasure of a person.
 */
package com.mentorplatform.ui.personaldata;
