package dk.sikkerby.indberetning.testsupport;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * For the screenshots of docs/: the app's main window with every other showing window (dialogs, popups,
 * notices) drawn where it is, snapshotted headless and written as a PNG.
 */
public final class WindowPicture {

    private WindowPicture() {
    }

    public static Stage mainStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst().orElseThrow();
    }

    public static void save(FxRobot robot, Path target) throws Exception {
        BufferedImage[] picture = new BufferedImage[1];
        robot.interact(() -> {
            Stage main = mainStage();
            WritableImage base = main.getScene().snapshot(null);
            BufferedImage out = new BufferedImage((int) base.getWidth(), (int) base.getHeight(), BufferedImage.TYPE_INT_ARGB);
            draw(out, base, 0, 0);
            for (Window w : Window.getWindows()) {
                if (w != main && w.isShowing() && w.getScene() != null) {
                    draw(out, w.getScene().snapshot(null), (int) (w.getX() + w.getScene().getX() - main.getX() - main.getScene().getX()),
                            (int) (w.getY() + w.getScene().getY() - main.getY() - main.getScene().getY()));
                }
            }
            picture[0] = out;
        });
        Files.createDirectories(target.getParent());
        ImageIO.write(picture[0], "png", target.toFile());
    }

    private static void draw(BufferedImage out, WritableImage image, int x0, int y0) {
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int ox = x0 + x;
                int oy = y0 + y;
                if (ox >= 0 && oy >= 0 && ox < out.getWidth() && oy < out.getHeight()) {
                    int argb = pixels.getArgb(x, y);
                    if ((argb >>> 24) != 0) {
                        out.setRGB(ox, oy, argb);
                    }
                }
            }
        }
    }
}
