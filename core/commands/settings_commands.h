#pragma once
#include "core/commands/change_result.h"
#include "core/schedule/user_settings.h"

namespace rk {

class Store;

// Changes one setting (More → Settings) as one undoable step, labelled
// "Set the awaiting-reply wait to 7 days". A circle's cadence also moves the
// next follow-up of everyone in that circle who has no cadence of their own,
// in the same step. Throws StoreError for a value out of range; a value
// that is already set changes nothing (count 0).
ChangeResult changeSetting(Store& store, Setting setting, int value);

} // namespace rk
