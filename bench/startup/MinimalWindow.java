import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: the smallest JavaFX window, packaged the same way as the
 * app (same runtime, launcher options and class-data sharing). Prints the same marker as the app's
 * StartupProbe, at the same moment: after the first layout of its scene. With --smoke-test it exits
 * right after showing, which is how the packaging's class-data-sharing training run ends it.
 */
public class MinimalWindow extends Application {

    static final String MARKER = "sikkerby.startup: main window shown";

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Sikker By")), 1280, 800);
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                if (Boolean.getBoolean("sikkerby.startupProbe")) {
                    System.out.println(MARKER);
                    System.out.flush();
                }
                if (getParameters().getRaw().contains("--smoke-test")) {
                    Platform.exit();
                }
            }
        };
        scene.addPostLayoutPulseListener(once);
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(MinimalWindow.class, args);
    }
}
