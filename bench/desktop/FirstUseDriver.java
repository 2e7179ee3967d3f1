import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Issue 19, the desktop's first export and import in a session (bench/desktop-first-use.sh). A Java agent
 * ({@code JAVA_TOOL_OPTIONS=-javaagent:first-use-driver.jar=OPTIONS}), so that the app is started exactly as
 * its users start it (the installed launcher, or the class path of {@code ./mvnw javafx:run}) with nothing of
 * the benchmark in the app's code. A thread of its own waits for the window, signs in by id, waits until the
 * window shows the database (and a user's few seconds, {@code think}), then does as the user does, by id, and
 * times on the FX thread from the action to the moment the window says it is done:
 *
 * <ul>
 * <li>{@code mode=export}: File → Eksportér… ({@code #menuExport}) until {@code #exportStart} can be pressed
 *     ("open"); then {@code #exportStart} until the dialog says the file is written ("export"). The system's
 *     save dialog is the one thing not driven: a native window; its answer (the target) is given to the
 *     dialog's view model as the save dialog would give it ({@code ExportDialog.content} wires the button to
 *     {@code chooser.choose(...).ifPresent(model::export)}). With {@code warm=true}, the same again (a second
 *     export in the session).</li>
 * <li>{@code mode=import}: "Indlæs eksemplet fra 2021" ({@code #loadExample}, on the empty table) until the
 *     preview is shown and {@code #importConfirm} can be pressed ("preview"); then {@code #importConfirm} until
 *     {@code #importStatus} says it is imported ("apply").</li>
 * </ul>
 * Also the process's CPU time (all threads) from the first action to the end of the last ({@code *-cpu}: the
 * export's includes opening the dialog, the import's the preview). Writes {@code name=ms} lines to {@code out}, takes a picture of the windows ({@code shot}), then closes the
 * windows as a user does, so the app closes its database and ends.
 */
public final class FirstUseDriver {

    private static final long LIMIT_MS = 180_000;
    private final Map<String, String> options = new HashMap<>();
    private final List<String> results = new ArrayList<>();

    private FirstUseDriver(String arguments) {
        for (String pair : arguments.split(",")) {
            int eq = pair.indexOf('=');
            options.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        FirstUseDriver driver = new FirstUseDriver(arguments);
        Thread thread = new Thread(driver::runOrFail, "first-use-driver");
        thread.setDaemon(true);
        thread.start();
    }

    private void runOrFail() {
        try {
            run();
        } catch (Throwable e) {
            results.add("error=" + e);
            write();
            e.printStackTrace();
            Runtime.getRuntime().halt(3);
        }
    }

    private void run() throws Exception {
        awaitToolkit();
        await("the sign-in form", () -> node("#signInLogin").isPresent());
        fx(() -> {
            text("#signInLogin", options.get("login"));
            text("#signInPassword", options.get("password"));
            ((ButtonBase) node("#signInButton").orElseThrow()).fire();
        });
        String mode = options.get("mode");
        if (mode.equals("export")) {
            await("the year's rows", () -> rows() > 0);
        } else {
            await("the example's button", () -> loadExample().map(Node::isVisible).orElse(false));
        }
        Thread.sleep(Long.parseLong(options.getOrDefault("think", "3000")));
        if (mode.equals("export")) {
            export("", Path.of(options.get("target")));
            if (Boolean.parseBoolean(options.getOrDefault("warm", "false"))) {
                fx(() -> fire("#exportClose"));
                export("warm-", Path.of(options.get("target").replace(".xlsx", "-2.xlsx")));
            }
        } else {
            importExample();
        }
        if (options.containsKey("shot")) {
            picture(Path.of(options.get("shot")));
        }
        write();
        // closing the windows ends the app as closing the main window does: the database is closed cleanly
        Platform.runLater(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).forEach(Stage::close));
    }

    private void export(String prefix, Path target) throws Exception {
        long cpuBefore = cpu();
        long opened = System.nanoTime();
        Platform.runLater(() -> menuItem("menuExport").fire());
        await("the export dialog", () -> node("#exportStart").map(n -> !n.isDisabled()).orElse(false));
        long ready = System.nanoTime();
        CompletableFuture<Long> told = new CompletableFuture<>();
        long[] started = new long[1];
        fx(() -> {
            Node view = node("#exportView").orElseThrow();
            Object model = field(view, "model");
            @SuppressWarnings("unchecked")
            ObjectProperty<Path> exported = (ObjectProperty<Path>) call(model, "exportedProperty");
            exported.addListener((obs, old, file) -> {
                if (file != null) {
                    told.complete(System.nanoTime());
                }
            });
            Label message = (Label) node("#exportMessage").orElseThrow();
            // the save dialog's answer, as the system's dialog gives it
            ((Button) node("#exportStart").orElseThrow()).setOnAction(e -> invoke(model, "export", target));
            started[0] = System.nanoTime();
            fire("#exportStart");
            BooleanProperty running = (BooleanProperty) call(model, "runningProperty");
            message.textProperty().addListener((obs, old, text) -> {
                if (!running.get() && exported.get() == null) {
                    told.completeExceptionally(new IllegalStateException("The export failed: " + text));
                }
            });
        });
        long done = told.get(LIMIT_MS, TimeUnit.MILLISECONDS);
        if (!Files.isRegularFile(target) || Files.size(target) == 0) {
            throw new IllegalStateException("No workbook at " + target);
        }
        results.add(prefix + "export-cpu=" + ms(cpu() - cpuBefore));
        results.add(prefix + "export-open=" + ms(ready - opened));
        results.add(prefix + "export=" + ms(done - started[0]));
        results.add(prefix + "export-bytes=" + Files.size(target));
    }

    private void importExample() throws Exception {
        long cpuBefore = cpu();
        long clicked = System.nanoTime();
        // the example's dialog waits in a nested event loop (showAndWait): fired without waiting for it
        Platform.runLater(() -> ((ButtonBase) loadExample().orElseThrow()).fire());
        await("the preview", () -> node("#importConfirm").map(n -> !n.isDisabled()).orElse(false));
        long previewed = System.nanoTime();
        CompletableFuture<Long> told = new CompletableFuture<>();
        long[] started = new long[1];
        String[] outcome = new String[1];
        fx(() -> {
            Label status = (Label) node("#importStatus").orElseThrow();
            started[0] = System.nanoTime();
            fire("#importConfirm");
            String writing = status.getText();
            status.textProperty().addListener((obs, old, text) -> {
                if (!text.equals(writing)) {
                    outcome[0] = text;
                    told.complete(System.nanoTime());
                }
            });
        });
        long done = told.get(LIMIT_MS, TimeUnit.MILLISECONDS);
        if (!outcome[0].startsWith("Importeret") && !outcome[0].startsWith("Imported")) {
            throw new IllegalStateException("The import did not end imported: " + outcome[0]);
        }
        results.add("import-cpu=" + ms(cpu() - cpuBefore));
        results.add("import-preview=" + ms(previewed - clicked));
        results.add("import-apply=" + ms(done - started[0]));
        results.add("import=" + ms(previewed - clicked + done - started[0]));
    }

    /** The CPU time of the whole process so far (every thread: FX, background, compiler, collector). */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static String ms(long nanos) {
        return String.valueOf(TimeUnit.NANOSECONDS.toMillis(nanos));
    }

    private void write() {
        try {
            Files.write(Path.of(options.get("out")), results, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the JavaFX thread runs; before that, Platform.runLater would refuse. */
    private static void awaitToolkit() throws InterruptedException {
        long end = System.currentTimeMillis() + LIMIT_MS;
        while (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("JavaFX Application Thread"))) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("JavaFX did not start");
            }
            Thread.sleep(50);
        }
    }

    /** Polls {@code condition} on the FX thread every 5 ms. */
    private static void await(String what, Supplier<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + LIMIT_MS;
        while (!onFx(condition)) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("Gave up waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(LIMIT_MS, TimeUnit.MILLISECONDS);
    }

    private static void fx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** The node with {@code id} in any showing window. */
    private static Optional<Node> node(String id) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                Node found = window.getScene().getRoot().lookup(id);
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    private static void fire(String id) {
        ((ButtonBase) node(id).orElseThrow(() -> new IllegalStateException("No " + id))).fire();
    }

    private static void text(String id, String value) {
        ((TextInputControl) node(id).orElseThrow()).setText(value);
    }

    private static int rows() {
        return node("#initiativeTable").map(n -> ((TreeTableView<?>) n).getRoot())
                .map(root -> root.getChildren().stream().mapToInt(g -> g.getChildren().size()).sum()).orElse(0);
    }

    /** The empty table's button: the table's placeholder, in the scene only while it is shown. */
    private static Optional<Node> loadExample() {
        return node("#initiativeTable").map(n -> ((TreeTableView<?>) n).getPlaceholder())
                .map(p -> p.lookup("#loadExample"));
    }

    private static MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) node("#menuBar").orElseThrow();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new IllegalStateException("No menu item " + id);
    }

    private static Object field(Object owner, String name) {
        try {
            Field field = owner.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object call(Object owner, String method) {
        try {
            return owner.getClass().getMethod(method).invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void invoke(Object owner, String method, Path argument) {
        try {
            owner.getClass().getMethod(method, Path.class).invoke(owner, argument);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every showing window, drawn where it is on the screen, as one PNG. */
    private static void picture(Path target) throws Exception {
        BufferedImage image = onFx(() -> {
            List<Window> windows = Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null).toList();
            double x0 = windows.stream().mapToDouble(Window::getX).min().orElse(0);
            double y0 = windows.stream().mapToDouble(Window::getY).min().orElse(0);
            int width = (int) windows.stream().mapToDouble(w -> w.getX() + w.getWidth() - x0).max().orElse(1);
            int height = (int) windows.stream().mapToDouble(w -> w.getY() + w.getHeight() - y0).max().orElse(1);
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            for (Window w : windows) {
                draw(out, w.getScene().snapshot(null), (int) (w.getX() + w.getScene().getX() - x0),
                        (int) (w.getY() + w.getScene().getY() - y0));
            }
            return out;
        });
        ImageIO.write(image, "png", target.toFile());
    }

    private static void draw(BufferedImage out, WritableImage image, int x0, int y0) {
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int ox = x0 + x;
                int oy = y0 + y;
                if (ox >= 0 && oy >= 0 && ox < out.getWidth() && oy < out.getHeight()) {
                    out.setRGB(ox, oy, pixels.getArgb(x, y));
                }
            }
        }
    }
}
