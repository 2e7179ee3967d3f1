package dk.sikkerby.indberetning.ui.login;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.common.Background;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The form is filled in before the database has said what it needs; what must be filled follows its answer. */
class SignInViewModelTest {

    @Test
    void whatMustBeFilledInFollowsWhatTheDatabaseAsksFor() {
        try (Background background = new Background()) {
            SignInViewModel model = new SignInViewModel(Messages.forLocale(Messages.DANISH), new CompletableFuture<>(),
                    background, false);
            model.loginProperty().set("anne");
            model.passwordProperty().set("annes-kode");
            assertTrue(model.canSubmitProperty().get(), "a sign-in needs a login and a password");

            model.setFirstAdministrator(true);
            assertFalse(model.canSubmitProperty().get(), "the first administrator also needs a name and the repeat");
            model.fullNameProperty().set("Anne Administrator");
            assertFalse(model.canSubmitProperty().get());
            model.repeatedProperty().set("annes-kode");
            assertTrue(model.canSubmitProperty().get());

            model.busyProperty().set(true);
            assertFalse(model.canSubmitProperty().get(), "not twice while a check runs");
        }
    }
}
