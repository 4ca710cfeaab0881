/**
 * Background work that outlives the request that started it (matching runs, people imports): the
 * process working it holds a lease renewed by a heartbeat, and any replica fails work whose lease
 * expired because the process holding it stopped.
 */
package com.mentorplatform.api.background;
