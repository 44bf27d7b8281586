package org.kafo.server.sheets;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/**
 * Which sheet and format a path asks for: {@code actions.xlsx}, or {@code actions} with the format
 * the {@code Accept} header wants (XLSX or CSV; 406 for neither).
 */
record SheetRequest(String sheet, Format format) {

    static SheetRequest of(String path, List<MediaType> accepted, Set<String> sheets) {
        int dot = path.lastIndexOf('.');
        String sheet = dot < 0 ? path : path.substring(0, dot);
        if (!sheets.contains(sheet)) {
            throw new NotFoundException();
        }
        if (dot >= 0) {
            return new SheetRequest(sheet, Format.ofExtension(path.substring(dot + 1)).orElseThrow(NotFoundException::new));
        }
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.valueOf(Xlsx.MEDIA_TYPE)) && !type.isWildcardType()) {
                return new SheetRequest(sheet, Format.XLSX);
            }
            if (type.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE)) && !type.isWildcardType()) {
                return new SheetRequest(sheet, Format.CSV);
            }
        }
        throw new NotAcceptableException();
    }
}
