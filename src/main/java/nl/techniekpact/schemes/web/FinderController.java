package nl.techniekpact.schemes.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.techniekpact.schemes.Schemes;
import nl.techniekpact.schemes.finder.Answers;
import nl.techniekpact.schemes.finder.Fit;
import nl.techniekpact.schemes.finder.FitRules;
import nl.techniekpact.schemes.finder.Localities;
import nl.techniekpact.schemes.finder.PlacesToGo;
import nl.techniekpact.schemes.finder.Want;
import nl.techniekpact.schemes.finder.When;
import nl.techniekpact.schemes.finder.Who;
import nl.techniekpact.schemes.web.FinderAnswers.Step;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The schemes finder: four questions, one per page, then the schemes that fit. Every page is a GET form, so it works
 * without JavaScript and every step and the result is a link that can be shared. A step's form carries the other
 * answers as hidden fields and {@code verder=1}; with a usable answer the step sends the browser on to the next
 * page (or to the result once every question is answered, so an answer changed from the result returns there),
 * otherwise it shows the question again with the error at the field and in the summary. A page reached with an
 * earlier answer missing or unusable sends the browser back to that question.
 */
@Controller
class FinderController {

    /** An option of a question: its value in the address and the message keys of its label and hint. */
    record Option(String value, String label, String hint) {
    }

    private final Schemes schemes;
    private final Localities localities;
    private final PlacesToGo places;
    private final FitRules rules = new FitRules();

    FinderController(Schemes schemes, Localities localities, PlacesToGo places) {
        this.schemes = schemes;
        this.localities = localities;
        this.places = places;
    }

    @GetMapping("/regelingen/vinden")
    String who(@RequestParam(required = false) String wie, @RequestParam(required = false) String plaats,
               @RequestParam(required = false) String wat, @RequestParam(required = false) String wanneer,
               @RequestParam(required = false) String verder, Model model) {
        return step(Step.WHO, new FinderAnswers(wie, plaats, wat, wanneer, localities), verder, model);
    }

    @GetMapping("/regelingen/vinden/waar")
    String where(@RequestParam(required = false) String wie, @RequestParam(required = false) String plaats,
                 @RequestParam(required = false) String wat, @RequestParam(required = false) String wanneer,
                 @RequestParam(required = false) String verder, Model model) {
        return step(Step.WHERE, new FinderAnswers(wie, plaats, wat, wanneer, localities), verder, model);
    }

    @GetMapping("/regelingen/vinden/wat")
    String what(@RequestParam(required = false) String wie, @RequestParam(required = false) String plaats,
                @RequestParam(required = false) String wat, @RequestParam(required = false) String wanneer,
                @RequestParam(required = false) String verder, Model model) {
        return step(Step.WHAT, new FinderAnswers(wie, plaats, wat, wanneer, localities), verder, model);
    }

    @GetMapping("/regelingen/vinden/wanneer")
    String when(@RequestParam(required = false) String wie, @RequestParam(required = false) String plaats,
                @RequestParam(required = false) String wat, @RequestParam(required = false) String wanneer,
                @RequestParam(required = false) String verder, Model model) {
        return step(Step.WHEN, new FinderAnswers(wie, plaats, wat, wanneer, localities), verder, model);
    }

    @GetMapping("/regelingen/vinden/resultaat")
    String result(@RequestParam(required = false) String wie, @RequestParam(required = false) String plaats,
                  @RequestParam(required = false) String wat, @RequestParam(required = false) String wanneer,
                  Model model) {
        FinderAnswers a = new FinderAnswers(wie, plaats, wat, wanneer, localities);
        if (!a.complete()) {
            return "redirect:" + a.link(a.firstInvalidBefore(null).path, null);
        }
        Answers answers = new Answers(a.who, a.where, a.want, a.when, schemes.today());
        List<Fit> judged = rules.judge(schemes.all(), answers);
        model.addAttribute("answers", answers);
        model.addAttribute("fitting", judged.stream().filter(Fit::fits).toList());
        model.addAttribute("notFitting", judged.stream().filter(f -> !f.fits()).toList());
        model.addAttribute("regionalPlaces", places.regional(a.where));
        model.addAttribute("nationalPlaces", places.national());
        model.addAttribute("until", a.when.until(answers.today()));
        model.addAttribute("changeWho", a.link(Step.WHO.path, null));
        model.addAttribute("changeWhere", a.link(Step.WHERE.path, null));
        model.addAttribute("changeWhat", a.link(Step.WHAT.path, null));
        model.addAttribute("changeWhen", a.link(Step.WHEN.path, null));
        model.addAttribute("backLink", a.link(Step.WHEN.path, null));
        return "schemes/finder/result";
    }

    private String step(Step step, FinderAnswers a, String verder, Model model) {
        Step invalid = a.firstInvalidBefore(step);
        if (invalid != null) {
            return "redirect:" + a.link(invalid.path, null);
        }
        boolean submitted = verder != null;
        if (submitted && !a.errors.containsKey(step)) {
            Step next = step.next();
            return "redirect:" + a.link(a.complete() || next == null ? FinderAnswers.RESULT : next.path, null);
        }
        model.addAttribute("step", step.ordinal() + 1);
        model.addAttribute("steps", Step.values().length);
        model.addAttribute("field", step.param);
        model.addAttribute("question", "finder.question." + step.param);
        model.addAttribute("hint", "finder.question." + step.param + ".hint");
        model.addAttribute("value", a.raw.get(step) == null ? "" : a.raw.get(step).strip());
        model.addAttribute("options", options(step));
        model.addAttribute("hidden", a.others(step));
        model.addAttribute("action", step.path);
        model.addAttribute("maxLength", Localities.MAX_LENGTH);
        model.addAttribute("backLink", step.previous() == null ? "/regelingen" : a.link(step.previous().path, null));
        model.addAttribute("skipLink", step == Step.WHERE
                ? a.link(Step.WHAT.path, Step.WHO) + "&plaats=" + Localities.NATIONWIDE_PARAM : null);
        model.addAttribute("errors", submitted && a.errors.containsKey(step)
                ? Map.of(step.param, a.errors.get(step)) : Map.of());
        return "schemes/finder/question";
    }

    private static List<Option> options(Step step) {
        return switch (step) {
            case WHO -> Arrays.stream(Who.values()).map(w -> option("who", w.name(), w.param(), true)).toList();
            case WHAT -> Arrays.stream(Want.values()).map(w -> option("want", w.name(), w.param(), false)).toList();
            case WHEN -> Arrays.stream(When.values()).map(w -> option("when", w.name(), w.param(), false)).toList();
            case WHERE -> List.of();
        };
    }

    private static Option option(String kind, String name, String param, boolean hint) {
        return new Option(param, "finder." + kind + "." + name, hint ? "finder." + kind + "." + name + ".hint" : null);
    }
}
