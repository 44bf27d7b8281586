package org.kafo.rules.command;

/**
 * An intended change, as a person or a system asks for it. The process checks it against the rule
 * book and applies it only when no verdict blocks it.
 */
public interface Command {
}
