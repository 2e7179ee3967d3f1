package dk.sikkerby.indberetning.bench;

import dk.sikkerby.indberetning.ui.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline of the start-up benchmark: the smallest JavaFX window, started as the app is. */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window: one label. */
    public static class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Sikker By"), 1280, 800);
            stage.setScene(scene);
            stage.show();
            StartupProbe.afterNextLayout(scene, System.getProperty(StartupProbe.PROPERTY, "exit"));
        }
    }
}
