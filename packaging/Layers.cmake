# packaging/Layers.cmake: the project's layers, checked when configuring (README, "Layout").
# Every library exports app/ as its include root ("sim/…", "cli/…", "handoff/…" resolve from any target that
# links one of them), so the compiler alone would let the wizard include the simulated Greenhouse or the
# command line. jt_forbid_layers(target layer...) fails configuring when one of `target`'s files includes a
# header of one of those layers by its folder ("sim/DemoSimulator.h"); jt_forbid_qt_modules (CMakeLists.txt)
# does the same for Qt's modules.
#
# Script mode, for the check's own test: cmake -DJT_LAYER_SOURCE=file -DJT_LAYERS=a;b -P Layers.cmake

# jt_layer_violation(file layers out): the first `#include "layer/…"` of `file` naming one of `layers`.
function(jt_layer_violation file layers out)
    set(${out} "" PARENT_SCOPE)
    file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line ${includes})
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
        foreach(layer ${layers})
            if(header MATCHES "^${layer}/")
                set(${out} "${header}" PARENT_SCOPE)
                return()
            endif()
        endforeach()
    endforeach()
endfunction()

function(jt_forbid_layers target)
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    foreach(source ${sources})
        if(NOT IS_ABSOLUTE ${source})
            set(source ${source_dir}/${source})
        endif()
        if(NOT EXISTS ${source}) # generated (moc, resources)
            continue()
        endif()
        jt_layer_violation(${source} "${ARGN}" header)
        if(header)
            message(FATAL_ERROR "${source} includes \"${header}\": ${target} may not use a layer above it "
                                "or beside it (${ARGN}); see the README's layout")
        endif()
    endforeach()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED JT_LAYER_SOURCE)
    jt_layer_violation(${JT_LAYER_SOURCE} "${JT_LAYERS}" header)
    if(header)
        message(FATAL_ERROR "${JT_LAYER_SOURCE} includes \"${header}\"")
    endif()
    message(STATUS "${JT_LAYER_SOURCE}: no include of ${JT_LAYERS}")
endif()
