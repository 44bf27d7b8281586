package org.kafo.bench;

/** What the benchmarks' command lines share: whole-number options, and problems that end with the usage. */
public final class Arguments {

    private Arguments() {
    }

    /** @throws IllegalArgumentException (with {@code usage}) if {@code value} is not a whole number of at least {@code least} */
    public static int number(String option, String value, int least, String usage) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number < least) {
                throw problem(option + " is at least " + least + ", was " + value, usage);
            }
            return number;
        } catch (NumberFormatException e) {
            throw problem(option + " is a whole number, was " + value, usage);
        }
    }

    public static IllegalArgumentException problem(String what, String usage) {
        return new IllegalArgumentException(what + "\n" + usage);
    }
}
