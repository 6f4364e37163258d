# gilpyConfig.cmake — find_package(gilpy): the embedding library.
#   find_package(gilpy REQUIRED)
#   target_link_libraries(app PRIVATE gilpy::gilpy)
# gilpy::gilpy links the static library whole (its built-in modules register
# themselves from static initialisers) plus what the runtime needs.
include(CMakeFindDependencyMacro)
find_dependency(Boost 1.74 COMPONENTS context)
find_dependency(mimalloc)
find_dependency(Threads)
include("${CMAKE_CURRENT_LIST_DIR}/gilpyTargets.cmake")
if(NOT TARGET gilpy::gilpy)
  add_library(gilpy::gilpy INTERFACE IMPORTED)
  set_target_properties(gilpy::gilpy PROPERTIES
    INTERFACE_LINK_LIBRARIES "$<LINK_LIBRARY:WHOLE_ARCHIVE,gilpy::gilpy_embed>")
endif()
