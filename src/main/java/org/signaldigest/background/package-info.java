/**
 * Background work of the instances that share one database: one instance at a time does a
 * kind of work ({@link org.signaldigest.background.ExclusiveWork}, PostgreSQL advisory
 * locks), and each kind says how much of it is waiting ({@link Backlog}, a gauge of the
 * metrics). Depends on no feature, so every feature may use it.
 */
package org.signaldigest.background;
