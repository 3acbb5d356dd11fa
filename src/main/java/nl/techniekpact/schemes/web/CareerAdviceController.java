package nl.techniekpact.schemes.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.techniekpact.pact.Landsdelen;
import nl.techniekpact.schemes.finder.PlacesToGo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Career advice and training per region: the pact's landsdelen with their provinces, and the places to go the seeds
 * name for each (saying so where they name none), then the provinces the pact places in no landsdeel, then the
 * national places.
 */
@Controller
class CareerAdviceController {

    record ProvinceBlock(String code, String name, List<PlacesToGo.Place> places) {
    }

    record RegionBlock(String code, String name, List<PlacesToGo.Place> places, List<ProvinceBlock> provinces) {

        public boolean empty() {
            return places.isEmpty() && provinces.stream().allMatch(p -> p.places().isEmpty());
        }
    }

    private final Landsdelen landsdelen;
    private final PlacesToGo places;

    CareerAdviceController(Landsdelen landsdelen, PlacesToGo places) {
        this.landsdelen = landsdelen;
        this.places = places;
    }

    @GetMapping("/regelingen/loopbaanadvies")
    String page(Model model) {
        List<Landsdelen.Province> provinces = landsdelen.provinces();
        List<RegionBlock> regions = landsdelen.all().stream().map(l -> new RegionBlock(l.code(), l.name(),
                places.in(l.code()), provinces.stream().filter(p -> l.provinceCodes().contains(p.code()))
                .map(p -> new ProvinceBlock(p.code(), p.name(), places.in(p.code()))).toList())).toList();
        Set<String> placed = landsdelen.all().stream().flatMap(l -> l.provinceCodes().stream())
                .collect(Collectors.toSet());
        model.addAttribute("regions", regions);
        model.addAttribute("unplaced", provinces.stream().filter(p -> !placed.contains(p.code()))
                .map(p -> new ProvinceBlock(p.code(), p.name(), places.in(p.code()))).toList());
        model.addAttribute("national", places.national());
        return "schemes/finder/career-advice";
    }
}
