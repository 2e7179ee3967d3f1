import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of issue 8's start-up benchmark: the smallest JavaFX window, packaged the same way as
 * the app (same runtime, launcher options and class-data sharing). Like the app's StartupProbe it
 * prints SIKKERBY-SHOWN after the first layout with -Dsikkerby.startupProbe=print|exit, and exits
 * with exit. With --smoke-test it exits right after showing: its class-data-sharing training run.
 */
public class PackagedMinimalWindow extends Application {

    static final String MARKER = "SIKKERBY-SHOWN";

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Sikker By")), 1280, 800);
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                String probe = System.getProperty("sikkerby.startupProbe");
                if (probe != null) {
                    System.out.println(MARKER);
                    System.out.flush();
                }
                if ("exit".equals(probe) || getParameters().getRaw().contains("--smoke-test")) {
                    Platform.exit();
                }
            }
        };
        scene.addPostLayoutPulseListener(once);
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(PackagedMinimalWindow.class, args);
    }
}
