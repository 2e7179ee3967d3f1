/** The bare baseline of the short commands (bench/short-commands.sh): a JVM that starts, prints and ends. */
public final class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
