package io.rapport.bench;

import io.rapport.phrasebook.PackPhrases;
import io.rapport.phrasebook.PhrasebookPack;
import io.rapport.template.coach.Coach;
import io.rapport.template.coach.CoachContext;
import io.rapport.template.coach.Element;
import io.rapport.template.coach.EvalSet;
import io.rapport.template.coach.RulePacks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The empathy coach's quality on the labelled evaluation set (precision and recall per element
 * and language) and its speed on a 2,000-character draft.
 */
public final class EmpathyBench implements BenchArea {
    private int replies;

    @Override
    public String name() {
        return "empathy";
    }

    @Override
    public String dataset() {
        return "labelled evaluation set assets/coach/eval-{en,pl,cs,de}.json (" + replies + " replies, good and poor, "
                + "each element marked by hand); latency on 2,000-character drafts in four languages; the template picker "
                + "over " + PickerBench.TEMPLATES + " templates, letter by letter, with the preview rendered";
    }

    @Override
    public List<Figure> run(Path work, PrintStream log) throws Exception {
        RulePacks packs = RulePacks.load(null);
        if (!packs.problems().isEmpty()) {
            throw new IllegalStateException(String.join("; ", packs.problems()));
        }
        Coach coach = new Coach(packs.packs(), new PackPhrases(PhrasebookPack.loadBuiltIn()));
        List<Figure> figures = new ArrayList<>();
        List<String> longDrafts = new ArrayList<>();
        replies = 0;
        for (String lang : RulePacks.LANGUAGES) {
            List<EvalSet.Reply> set = EvalSet.load(lang);
            replies += set.size();
            figures.add(Figure.higher("eval_replies_" + lang, set.size(), "count", 50));
            Map<Element, EvalSet.Score> scores = EvalSet.score(coach, set);
            for (Map.Entry<Element, EvalSet.Score> e : scores.entrySet()) {
                figures.add(Figure.higher("precision_" + lang + "_" + e.getKey().id(), e.getValue().precision(), "",
                        0.85));
                figures.add(Figure.higher("recall_" + lang + "_" + e.getKey().id(), e.getValue().recall(), "", 0.85));
            }
            StringBuilder b = new StringBuilder();
            for (EvalSet.Reply r : set) {
                if (b.length() > 2000) {
                    break;
                }
                b.append(r.text()).append("\n\n");
            }
            if (b.length() > 0) {
                longDrafts.add(b.length() > 2000 ? b.substring(0, 2000) : b.toString());
            }
        }
        Timings t = new Timings();
        CoachContext ctx = new CoachContext(List.of("Zdzisława Wróblewska", "Pani Zdzisławo"), true, List.of());
        for (int i = 0; i < 3000; i++) {
            String d = longDrafts.get(i % longDrafts.size());
            if (i < 500) {
                coach.check(d, null, ctx);
            } else {
                t.time(() -> coach.check(d, null, ctx));
            }
        }
        figures.add(Figure.lower("coach_2000_chars_p50", t.percentileMs(50), "ms", 5));
        figures.add(Figure.lower("coach_2000_chars_p99", t.percentileMs(99), "ms", 5));
        figures.addAll(PickerBench.run(work, log));
        return figures;
    }
}
