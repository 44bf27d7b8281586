package org.kafo.rules.command;

import org.kafo.model.common.Effective;

/** A region enters the register. */
public record RegisterRegion(String code, String name, Effective effective) implements Command {
}
