/**
 * Lazy grids over the API's keyset paging: turns the offset/limit windows Vaadin asks for into "next page
 * after this cursor" calls, for any feature's list.
 */
package com.mentorplatform.ui.paging;
