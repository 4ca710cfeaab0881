/**
 * The Mentoring Platform console: a Vaadin Flow application on embedded Jetty ({@link com.mentorplatform.ui.ConsoleServer})
 * that talks to the platform API over HTTP only. Features live in the sub-packages.
 */
package com.mentorplatform.ui;
