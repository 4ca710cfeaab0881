/**
 * The console's small building blocks: how dates, durations and form text read, hint text, status badges and cards,
 * the search box above a list, the notice after an action (a toast), and following background work (a poller, an
 * export to prepare and download). Each visual one stands for a class of the console's stylesheet
 * ({@code styles/console.css}) or a Lumo theme, so screens carry no inline styles and look the same everywhere.
 */
package com.mentorplatform.ui.kit;
