<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BookingScreen</name>
    <message>
        <source>Fully booked</source>
        <translation>Fully booked</translation>
    </message>
    <message>
        <source>{n} places left</source>
        <translation>{n} places left</translation>
    </message>
    <message>
        <source>Book a time for this service</source>
        <translation>Book a time for this service</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Optional; kept masked, for a reminder.</source>
        <translation>Optional; kept masked, for a reminder.</translation>
    </message>
    <message>
        <source>If you like, type a mobile number for a reminder. It is stored masked. Or tap “Next” to skip.</source>
        <translation>If you like, type a mobile number for a reminder. It is stored masked. Or tap &quot;Next&quot; to skip.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The step before.</source>
        <translation>The step before.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Confirm booking</source>
        <translation>Confirm booking</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Goes on to the next step.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{category}
{when}
Mobile: {phone}</source>
        <translation>{category}
{when}
Mobile: {phone}</translation>
    </message>
    <message>
        <source>Booked. Your appointment code:</source>
        <translation>Booked. Your appointment code:</translation>
    </message>
    <message>
        <source>{category}, {when}. Please write the code down or take a photo; check in here with it on the day.</source>
        <translation>{category}, {when}. Please write the code down or take a photo; check in here with it on the day.</translation>
    </message>
    <message>
        <source>Book an appointment: choose the service</source>
        <translation>Book an appointment: choose the service</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Choose the day</translation>
    </message>
    <message>
        <source>Choose the time</source>
        <translation>Choose the time</translation>
    </message>
    <message>
        <source>A phone number for a reminder?</source>
        <translation>A phone number for a reminder?</translation>
    </message>
    <message>
        <source>Please check your booking</source>
        <translation>Please check your booking</translation>
    </message>
    <message>
        <source>Your appointment is booked</source>
        <translation>Your appointment is booked</translation>
    </message>
    <message>
        <source>Step 1 of 4. Evenings, Saturdays and holiday openings are bookable too.</source>
        <translation>Step 1 of 4. Evenings, Saturdays and holiday openings are bookable too.</translation>
    </message>
    <message>
        <source>Step 2 of 4. {category}: the next two weeks.</source>
        <translation>Step 2 of 4. {category}: the next two weeks.</translation>
    </message>
    <message>
        <source>Step 3 of 4. Each time shows the places left.</source>
        <translation>Step 3 of 4. Each time shows the places left.</translation>
    </message>
    <message>
        <source>Step 4 of 4.</source>
        <translation>Step 4 of 4.</translation>
    </message>
    <message>
        <source>Tap “Confirm booking” if this is right.</source>
        <translation>Tap &quot;Confirm booking&quot; if this is right.</translation>
    </message>
    <message>
        <source>Bring this code when you come.</source>
        <translation>Bring this code when you come.</translation>
    </message>
    <message>
        <source>No times can be booked for this service in the next two weeks.</source>
        <translation>No times can be booked for this service in the next two weeks.</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>Your code is {code}.</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Reads this screen aloud.</source>
        <translation>Reads this screen aloud.</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Speaks more slowly.</source>
        <translation>Speaks more slowly.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Speaks faster.</source>
        <translation>Speaks faster.</translation>
    </message>
</context>
<context>
    <name>CaseScreen</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>We cannot find case {number}. Please check the number on your receipt; a case accepted in the last few minutes may not be here yet.</source>
        <translation>We cannot find case {number}. Please check the number on your receipt; a case accepted in the last few minutes may not be here yet.</translation>
    </message>
    <message>
        <source>Please choose at least one reason.</source>
        <translation>Please choose at least one reason.</translation>
    </message>
    <message>
        <source>Type the case number printed on your acceptance receipt, then tap “Look up”.</source>
        <translation>Type the case number printed on your acceptance receipt, then tap &quot;Look up&quot;.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Letters, digits and hyphens, typed with the keys below.</source>
        <translation>Letters, digits and hyphens, typed with the keys below.</translation>
    </message>
    <message>
        <source>Rates the case {level}.</source>
        <translation>Rates the case {level}.</translation>
    </message>
    <message>
        <source>What went wrong? Choose at least one reason:</source>
        <translation>What went wrong? Choose at least one reason:</translation>
    </message>
    <message>
        <source>A reason for the rating; tap to choose or unchoose.</source>
        <translation>A reason for the rating; tap to choose or unchoose.</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Shows the case&apos;s progress.</source>
        <translation>Shows the case&apos;s progress.</translation>
    </message>
    <message>
        <source>Rate this case</source>
        <translation>Rate this case</translation>
    </message>
    <message>
        <source>One rating per case, from very satisfied to very dissatisfied.</source>
        <translation>One rating per case, from very satisfied to very dissatisfied.</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <source>Sends your rating.</source>
        <translation>Sends your rating.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>The screen before.</translation>
    </message>
    <message>
        <source>Thank you. Your rating of case {number} is recorded.</source>
        <translation>Thank you. Your rating of case {number} is recorded.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Case {number}: {status}</source>
        <translation>Case {number}: {status}</translation>
    </message>
    <message>
        <source>Items: {items}</source>
        <translation>Items: {items}</translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation>Applicant: {name}</translation>
    </message>
    <message>
        <source>Accepted: {when}</source>
        <translation>Accepted: {when}</translation>
    </message>
    <message>
        <source>Promised by: {day}</source>
        <translation>Promised by: {day}</translation>
    </message>
    <message>
        <source>The promised date has passed: you may report it under “Could not get it done?”.</source>
        <translation>The promised date has passed: you may report it under &quot;Report a problem&quot;.</translation>
    </message>
    <message>
        <source>Finished: {when}</source>
        <translation>Finished: {when}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Result: {result}</translation>
    </message>
    <message>
        <source>You have rated this case. Thank you.</source>
        <translation>You have rated this case. Thank you.</translation>
    </message>
    <message>
        <source>You can rate this case once.</source>
        <translation>You can rate this case once.</translation>
    </message>
    <message>
        <source>You can rate it once it is finished.</source>
        <translation>You can rate it once it is finished.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Accepted; no further step yet.</source>
        <translation>Accepted; no further step yet.</translation>
    </message>
    <message>
        <source>Case progress</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <source>Rate case {number}</source>
        <translation>Rate case {number}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Choose how satisfied you are. For the two lowest, choose a reason.</source>
        <translation>Choose how satisfied you are. For the two lowest, choose a reason.</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Appointment check-in</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <source>Type the appointment code from your booking message, then tap “Check in”. On time, you are served first.</source>
        <translation>Type the appointment code from your booking message, then tap &quot;Check in&quot;. On time, you are served first.</translation>
    </message>
    <message>
        <source>Appointment code</source>
        <translation>Appointment code</translation>
    </message>
    <message>
        <source>Eight letters and digits, typed with the keys below.</source>
        <translation>Eight letters and digits, typed with the keys below.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Checks in the appointment and gives your number.</source>
        <translation>Checks in the appointment and gives your number.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>The screen before.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>The materials needed were not made clear</source>
        <translation>The materials needed were not made clear</translation>
    </message>
    <message>
        <source>I came several times and it is still not done</source>
        <translation>I came several times and it is still not done</translation>
    </message>
    <message>
        <source>I was sent from one window or office to another</source>
        <translation>I was sent from one window or office to another</translation>
    </message>
    <message>
        <source>I was refused without a reason</source>
        <translation>I was refused without a reason</translation>
    </message>
    <message>
        <source>A system fault stopped it</source>
        <translation>A system fault stopped it</translation>
    </message>
    <message>
        <source>The promised time has passed</source>
        <translation>The promised time has passed</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Tap to choose or unchoose.</source>
        <translation>Tap to choose or unchoose.</translation>
    </message>
    <message>
        <source>Would you like a reply? Type your mobile number; it is kept only for the reply and shown masked. Or tap “Send” without one.</source>
        <translation>Would you like a reply? Type your mobile number; it is kept only for the reply and shown masked. Or tap &quot;Send&quot; without one.</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Optional, for the hall&apos;s reply.</source>
        <translation>Optional, for the hall&apos;s reply.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Goes on to the next step.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The step before.</source>
        <translation>The step before.</translation>
    </message>
    <message>
        <source>Thank you. Your report is recorded; the hall will reply to {phone} in time.</source>
        <translation>Thank you. Your report is recorded; the hall will reply to {phone} in time.</translation>
    </message>
    <message>
        <source>Thank you. Your report is recorded and will be followed up.</source>
        <translation>Thank you. Your report is recorded and will be followed up.</translation>
    </message>
    <message>
        <source>Could not get it done?</source>
        <translation>Could not get it done?</translation>
    </message>
    <message>
        <source>A reply?</source>
        <translation>A reply?</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <source>Tell us what went wrong: choose one or more, then tap “Next”.</source>
        <translation>Tell us what went wrong: choose one or more, then tap &quot;Next&quot;.</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>original and copy</source>
        <translation>original and copy</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>electronic</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 copy</translation>
    </message>
    <message>
        <source>{n} copies</source>
        <translation>{n} copies</translation>
    </message>
    <message>
        <source>if it applies</source>
        <translation>if it applies</translation>
    </message>
    <message>
        <source>★ an e-certificate can replace it: {name}</source>
        <translation>★ an e-certificate can replace it: {name}</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>This kiosk has no printer.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>{fault} Nothing was printed; the staff have been told.</source>
        <translation>{fault} Nothing was printed; the staff have been told.</translation>
    </message>
    <message>
        <source>Printed. Please take the paper from the slot below.</source>
        <translation>Printed. Please take the paper from the slot below.</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>done on the spot</source>
        <translation>done on the spot</translation>
    </message>
    <message>
        <source>{n} working days</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>Find by name</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name or its pinyin initials.</source>
        <translation>Type part of the item&apos;s name or its pinyin initials.</translation>
    </message>
    <message>
        <source>Print this guide</source>
        <translation>Print this guide</translation>
    </message>
    <message>
        <source>Prints the whole guide to take home.</source>
        <translation>Prints the whole guide to take home.</translation>
    </message>
    <message>
        <source>Print what I still need</source>
        <translation>Print what I still need</translation>
    </message>
    <message>
        <source>Tick the materials you do not have yet, then print them as a one-time notice.</source>
        <translation>Tick the materials you do not have yet, then print them as a one-time notice.</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>Takes a number for this item.</source>
        <translation>Takes a number for this item.</translation>
    </message>
    <message>
        <source>Do it here</source>
        <translation>Do it here</translation>
    </message>
    <message>
        <source>This item can be done at this kiosk from start to finish.</source>
        <translation>This item can be done at this kiosk from start to finish.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>The screen before.</translation>
    </message>
    <message>
        <source>Service guides</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <source>Choose a service to see its items, or find an item by name.</source>
        <translation>Choose a service to see its items, or find an item by name.</translation>
    </message>
    <message>
        <source>Find a service guide</source>
        <translation>Find a service guide</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials, then tap the item.</source>
        <translation>Type part of the name or its pinyin initials, then tap the item.</translation>
    </message>
    <message>
        <source>Service guides: {name}</source>
        <translation>Service guides: {name}</translation>
    </message>
    <message>
        <source>Tap an item to read its guide.</source>
        <translation>Tap an item to read its guide.</translation>
    </message>
    <message>
        <source>Tick the materials you do not have yet to print them as a list to take home.</source>
        <translation>Tick the materials you do not have yet to print them as a list to take home.</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <source>Materials (tap the ones you do not have yet)</source>
        <translation>Materials (tap the ones you do not have yet)</translation>
    </message>
    <message>
        <source>★ An electronic certificate can replace this paper.</source>
        <translation>★ An electronic certificate can replace this paper.</translation>
    </message>
    <message>
        <source>Time, fee and trips</source>
        <translation>Time, fee and trips</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>{n} yuan</source>
        <translation>{n} yuan</translation>
    </message>
    <message>
        <source>no visit needed</source>
        <translation>no visit needed</translation>
    </message>
    <message>
        <source>at most 1 visit</source>
        <translation>at most 1 visit</translation>
    </message>
    <message>
        <source>at most {n} visit(s)</source>
        <translation>at most {n} visit(s)</translation>
    </message>
    <message>
        <source>Promised time: {promised} (by law {legal} working days).
Fee: {fee}.
Visits: {trips}.
Where: {where}.</source>
        <translation>Promised time: {promised} (by law {legal} working days).
Fee: {fee}.
Visits: {trips}.
Where: {where}.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help me with my business</source>
        <translation>Help me with my business</translation>
    </message>
    <message>
        <source>A clerk helps you fill in forms and handle the item, or handles it for you.</source>
        <translation>A clerk helps you fill in forms and handle the item, or handles it for you.</translation>
    </message>
    <message>
        <source>I find it hard to see, hear or move</source>
        <translation>I find it hard to see, hear or move</translation>
    </message>
    <message>
        <source>A clerk comes to guide you through the hall.</source>
        <translation>A clerk comes to guide you through the hall.</translation>
    </message>
    <message>
        <source>I am stuck at this machine</source>
        <translation>I am stuck at this machine</translation>
    </message>
    <message>
        <source>A clerk comes to this kiosk to help you use it.</source>
        <translation>A clerk comes to this kiosk to help you use it.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>The screen before.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>Back to the first screen.</translation>
    </message>
    <message>
        <source>The staff have been told (at {time}).</source>
        <translation>The staff have been told (at {time}).</translation>
    </message>
    <message>
        <source>Please wait here at this kiosk: a clerk will come to you shortly.</source>
        <translation>Please wait here at this kiosk: a clerk will come to you shortly.</translation>
    </message>
    <message>
        <source>Help is on the way</source>
        <translation>Help is on the way</translation>
    </message>
    <message>
        <source>Ask staff for help</source>
        <translation>Ask staff for help</translation>
    </message>
    <message>
        <source>Choose what you need; a clerk will come to this kiosk.</source>
        <translation>Choose what you need; a clerk will come to this kiosk.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Take a number</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>Choose a service and get a number.</source>
        <translation>Choose a service and get a number.</translation>
    </message>
    <message>
        <source>Do it yourself here</source>
        <translation>Do it yourself here</translation>
    </message>
    <message>
        <source>Enquiries, printouts, applications: done at this kiosk.</source>
        <translation>Enquiries, printouts, applications: done at this kiosk.</translation>
    </message>
    <message>
        <source>Find by item name</source>
        <translation>Find by item name</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials, e.g. bdc.</source>
        <translation>Type part of the name or its pinyin initials, e.g. bdc.</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>Elderly, disabled or pregnant: served first.</source>
        <translation>Elderly, disabled or pregnant: served first.</translation>
    </message>
    <message>
        <source>Appointment check-in</source>
        <translation>Check in a booking</translation>
    </message>
    <message>
        <source>Have a code? Get your priority number.</source>
        <translation>Have a code? Get your priority number.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Book a visit</translation>
    </message>
    <message>
        <source>Including evenings, Saturdays and holidays.</source>
        <translation>Including evenings, Saturdays and holidays.</translation>
    </message>
    <message>
        <source>Service guides</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <source>Materials, time limits, fees; print them.</source>
        <translation>Materials, time limits, fees; print them.</translation>
    </message>
    <message>
        <source>Queue now</source>
        <translation>Queue now</translation>
    </message>
    <message>
        <source>Waiting and open windows.</source>
        <translation>Waiting and open windows.</translation>
    </message>
    <message>
        <source>Case progress and rating</source>
        <translation>Case progress</translation>
    </message>
    <message>
        <source>Look up a case; rate a finished one.</source>
        <translation>Look up a case; rate a finished one.</translation>
    </message>
    <message>
        <source>Ask staff for help</source>
        <translation>Ask staff for help</translation>
    </message>
    <message>
        <source>Assisted service: a clerk comes to you.</source>
        <translation>Assisted service: a clerk comes to you.</translation>
    </message>
    <message>
        <source>Could not get it done?</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>Tell us what went wrong; we reply in time.</source>
        <translation>Could not get it done? Tell us; we reply in time.</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>Nobody waiting</translation>
    </message>
    <message>
        <source>{waiting} · {wait}</source>
        <translation>{waiting} · {wait}</translation>
    </message>
    <message>
        <source>{take}: {name}. {detail}.</source>
        <translation>{take}: {name}. {detail}.</translation>
    </message>
    <message>
        <source>Takes a number for {name}. {detail}.</source>
        <translation>Takes a number for {name}. {detail}.</translation>
    </message>
    <message>
        <source>More services</source>
        <translation>More services</translation>
    </message>
    <message>
        <source>Do it yourself, guides, queue, booking, case progress, feedback.</source>
        <translation>Do it yourself, guides, queue, booking, case progress, feedback.</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Tap once to hear a button, tap it again to choose it.</source>
        <translation>Tap once to hear a button, tap it again to choose it.</translation>
    </message>
    <message>
        <source>Tap a service to take a number</source>
        <translation>Tap a service to take a number</translation>
    </message>
    <message>
        <source>Your number is given at once; other services are below.</source>
        <translation>Your number is given at once; other services are below.</translation>
    </message>
    <message>
        <source>No queue numbers now; every other service works.</source>
        <translation>No queue numbers now; every other service works.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>The kiosk starts over in {n} seconds.</source>
        <translation>The kiosk starts over in {n} seconds.</translation>
    </message>
    <message>
        <source>What you entered will be cleared. Tap “Continue” to carry on.</source>
        <translation>What you entered will be cleared. Tap &quot;Continue&quot; to carry on.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Keeps what you are doing.</source>
        <translation>Keeps what you are doing.</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>Types {word}.</source>
        <translation>Types {word}.</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <source>No characters for these letters</source>
        <translation>No characters for these letters</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deletes the last character.</source>
        <translation>Deletes the last character.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clears everything typed.</source>
        <translation>Clears everything typed.</translation>
    </message>
    <message>
        <source>CN/EN</source>
        <translation>CN/EN</translation>
    </message>
    <message>
        <source>Pinyin on</source>
        <translation>Pinyin on</translation>
    </message>
    <message>
        <source>Switches to letters (ABC).</source>
        <translation>Switches to letters (ABC).</translation>
    </message>
    <message>
        <source>Letters (ABC)</source>
        <translation>Letters (ABC)</translation>
    </message>
    <message>
        <source>Switches to pinyin, to type Chinese characters.</source>
        <translation>Switches to pinyin, to type Chinese characters.</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Hyphen</translation>
    </message>
    <message>
        <source>Types a hyphen.</source>
        <translation>Types a hyphen.</translation>
    </message>
    <message>
        <source>Types {key}.</source>
        <translation>Types {key}.</translation>
    </message>
    <message>
        <source>Previous candidates</source>
        <translation>Previous candidates</translation>
    </message>
    <message>
        <source>Shows the characters before these.</source>
        <translation>Shows the characters before these.</translation>
    </message>
    <message>
        <source>More candidates</source>
        <translation>More candidates</translation>
    </message>
    <message>
        <source>Shows more characters.</source>
        <translation>Shows more characters.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Elder mode is on: large text, and every screen is read aloud.</source>
        <translation>Elder mode is on: large text, and every screen is read aloud.</translation>
    </message>
    <message>
        <source>What the kiosk says is shown here.</source>
        <translation>What the kiosk says is shown here.</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>Self-service kiosk</translation>
    </message>
    <message>
        <source>Take a number, check in, read service guides and more.</source>
        <translation>Take a number, check in, read service guides and more.</translation>
    </message>
    <message>
        <source>One moment, the kiosk is getting ready: what you chose opens by itself.</source>
        <translation>One moment, the kiosk is getting ready: what you chose opens by itself.</translation>
    </message>
    <message>
        <source>Something recorded here earlier was not accepted: {why}</source>
        <translation>Something recorded here earlier was not accepted: {why}</translation>
    </message>
    <message>
        <source>Speaking more slowly.</source>
        <translation>Speaking more slowly.</translation>
    </message>
    <message>
        <source>Speaking faster.</source>
        <translation>Speaking faster.</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>This kiosk has not reached the central store yet: please ask at a window.</source>
        <translation>This kiosk has not reached the central store yet: please ask at a window.</translation>
    </message>
    <message>
        <source>This kiosk is offline since {time}: anything recorded after that is not here yet. Please ask at a window.</source>
        <translation>This kiosk has been offline since {time}: anything recorded after that is not here yet. Please ask at a window.</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <source>no window open</source>
        <translation>no window open</translation>
    </message>
    <message>
        <source>{name}: {waiting}, {wait}</source>
        <translation>{name}: {waiting}, {wait}</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Windows open</source>
        <translation>Windows open</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>Choose a service and get a number.</source>
        <translation>Choose a service and get a number.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>The screen before.</translation>
    </message>
    <message>
        <source>The queue now</source>
        <translation>The queue now</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>We cannot find this appointment code. Please check the code and try again.</source>
        <translation>We cannot find this appointment code. Please check the code and try again.</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Your number was given then.</source>
        <translation>This appointment has already been checked in. Your number was given then.</translation>
    </message>
    <message>
        <source>This appointment was cancelled. Please book again.</source>
        <translation>This appointment was cancelled. Please book again.</translation>
    </message>
    <message>
        <source>Something went wrong with the code. Please try booking again.</source>
        <translation>Something went wrong with the code. Please try booking again.</translation>
    </message>
    <message>
        <source>This appointment is for another service.</source>
        <translation>This appointment is for another service.</translation>
    </message>
    <message>
        <source>The time of this appointment has changed. Please try again.</source>
        <translation>The time of this appointment has changed. Please try again.</translation>
    </message>
    <message>
        <source>This time has just been fully booked. Please choose another time.</source>
        <translation>This time has just been fully booked. Please choose another time.</translation>
    </message>
    <message>
        <source>The hall takes no appointments at this time. Please choose another.</source>
        <translation>The hall takes no appointments at this time. Please choose another.</translation>
    </message>
    <message>
        <source>This service has no green channel. Please take an ordinary number.</source>
        <translation>This service has no green channel. Please take an ordinary number.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s date is not right. Please ask the staff for help.</source>
        <translation>The kiosk&apos;s date is not right. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>This service is no longer offered here. Please choose another.</source>
        <translation>This service is no longer offered here. Please choose another.</translation>
    </message>
    <message>
        <source>This item is no longer offered here. Please choose another.</source>
        <translation>This item is no longer offered here. Please choose another.</translation>
    </message>
    <message>
        <source>We cannot find this case number. Please check the number on your receipt.</source>
        <translation>We cannot find this case number. Please check the number on your receipt.</translation>
    </message>
    <message>
        <source>This case is not finished yet. You can rate it once it is finished.</source>
        <translation>This case is not finished yet. You can rate it once it is finished.</translation>
    </message>
    <message>
        <source>This case has already been rated. Each case is rated once.</source>
        <translation>This case has already been rated. Each case is rated once.</translation>
    </message>
    <message>
        <source>Please choose the reasons from the list.</source>
        <translation>Please choose the reasons from the list.</translation>
    </message>
    <message>
        <source>No more numbers can be given today for this service. Please ask the staff for help.</source>
        <translation>No more numbers can be given today for this service. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>This kiosk cannot do that. Please ask the staff for help.</source>
        <translation>This kiosk cannot do that. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid. Please check it and try again.</source>
        <translation>Some of what was entered is not valid. Please check it and try again.</translation>
    </message>
    <message>
        <source>This was already recorded. Nothing more is needed.</source>
        <translation>This was already recorded. Nothing more is needed.</translation>
    </message>
    <message>
        <source>This could not be done. Please ask the staff for help.</source>
        <translation>This could not be done. Please ask the staff for help.</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>▲ Up</source>
        <translation>▲ Up</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Down</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>Shows the part above.</source>
        <translation>Shows the part above.</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <source>Shows the part below.</source>
        <translation>Shows the part below.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Item name, or its pinyin initials (e.g. bdc):</source>
        <translation>Item name, or its pinyin initials (e.g. bdc):</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name or its pinyin initials.</source>
        <translation>Type part of the item&apos;s name or its pinyin initials.</translation>
    </message>
    <message>
        <source>Matching items appear here as you type.</source>
        <translation>Matching items appear here as you type.</translation>
    </message>
    <message>
        <source>No item matches “{text}”. Try fewer letters.</source>
        <translation>No item matches &quot;{text}&quot;. Try fewer letters.</translation>
    </message>
    <message>
        <source>Tap the item you need:</source>
        <translation>Tap the item you need:</translation>
    </message>
    <message>
        <source>One-go package</source>
        <translation>One-go package</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <source>This item cannot be done at this kiosk.</source>
        <translation>This item cannot be done at this kiosk.</translation>
    </message>
    <message>
        <source>This item checks records online, and this kiosk is offline now. Please try again later, or take a number for a window.</source>
        <translation>This item checks records online, and this kiosk is offline now. Please try again later, or take a number for a window.</translation>
    </message>
    <message>
        <source>You could not be identified. Please try again or ask for help.</source>
        <translation>You could not be identified. Please try again or ask for help.</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>Please identify yourself first.</translation>
    </message>
    <message>
        <source>Nothing was scanned. Please put the paper on the scanner and try again.</source>
        <translation>Nothing was scanned. Please put the paper on the scanner and try again.</translation>
    </message>
    <message>
        <source>Still needed: {names}. Tap each to scan it.</source>
        <translation>Still needed: {names}. Tap each to scan it.</translation>
    </message>
    <message>
        <source>Printing your result…</source>
        <translation>Printing your result…</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note the case number.</source>
        <translation>This kiosk has no printer: please note the case number.</translation>
    </message>
    <message>
        <source>{fault} Your case is recorded; the staff have been told.</source>
        <translation>{fault} Your case is recorded; the staff have been told.</translation>
    </message>
    <message>
        <source>Printed. Please take the paper from the slot below.</source>
        <translation>Printed. Please take the paper from the slot below.</translation>
    </message>
    <message>
        <source>The staff have been told where you are. Please wait here: a clerk will come.</source>
        <translation>The staff have been told where you are. Please wait here: a clerk will come.</translation>
    </message>
    <message>
        <source>done on the spot</source>
        <translation>done on the spot</translation>
    </message>
    <message>
        <source>accepted here, done in {n} working days</source>
        <translation>accepted here, done in {n} working days</translation>
    </message>
    <message>
        <source>one go for {n} items</source>
        <translation>one go for {n} items</translation>
    </message>
    <message>
        <source>needs the network</source>
        <translation>needs the network</translation>
    </message>
    <message>
        <source>Do it yourself here</source>
        <translation>Do it yourself here</translation>
    </message>
    <message>
        <source>These items can be done at this kiosk from start to finish, at any hour.</source>
        <translation>These items can be done at this kiosk from start to finish, at any hour.</translation>
    </message>
    <message>
        <source>Five steps: {steps}.</source>
        <translation>Five steps: {steps}.</translation>
    </message>
    <message>
        <source>This item checks records online: the kiosk is online, you can start.</source>
        <translation>This item checks records online: the kiosk is online, you can start.</translation>
    </message>
    <message>
        <source>This item needs no network: it can be done now, even offline.</source>
        <translation>This item needs no network: it can be done now, even offline.</translation>
    </message>
    <message>
        <source>DEMO: this kiosk identifies people and fetches e-certificates with demo providers. Nothing it prints proves anything.</source>
        <translation>DEMO: this kiosk identifies people and fetches e-certificates with demo providers. Nothing it prints proves anything.</translation>
    </message>
    <message>
        <source>Tap “Start” when you are ready.</source>
        <translation>Tap “Start” when you are ready.</translation>
    </message>
    <message>
        <source>Step 1: identify yourself</source>
        <translation>Step 1: identify yourself</translation>
    </message>
    <message>
        <source>Put your ID card on the reader, or scan the provincial login code with your phone.</source>
        <translation>Put your ID card on the reader, or scan the provincial login code with your phone.</translation>
    </message>
    <message>
        <source>Read the demo ID card (DEMO)</source>
        <translation>Read the demo ID card (DEMO)</translation>
    </message>
    <message>
        <source>Read my ID card</source>
        <translation>Read my ID card</translation>
    </message>
    <message>
        <source>Identifies you for this item.</source>
        <translation>Identifies you for this item.</translation>
    </message>
    <message>
        <source>Identified: {name}, ID {id}</source>
        <translation>Identified: {name}, ID {id}</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation> (DEMO)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>E-certificates fetched: {certs}.</source>
        <translation>E-certificates fetched: {certs}.</translation>
    </message>
    <message>
        <source>Filled in for you:</source>
        <translation>Filled in for you:</translation>
    </message>
    <message>
        <source>Check what was filled in, then tap “Next”.</source>
        <translation>Check what was filled in, then tap “Next”.</translation>
    </message>
    <message>
        <source>Step 2: fill in ({i} of {n})</source>
        <translation>Step 2: fill in ({i} of {n})</translation>
    </message>
    <message>
        <source> (may be left empty)</source>
        <translation> (may be left empty)</translation>
    </message>
    <message>
        <source>Step 3: materials</source>
        <translation>Step 3: materials</translation>
    </message>
    <message>
        <source>E-certificates replace paper; scan only what is asked for.</source>
        <translation>E-certificates replace paper; scan only what is asked for.</translation>
    </message>
    <message>
        <source>Step 4: check and confirm</source>
        <translation>Step 4: check and confirm</translation>
    </message>
    <message>
        <source>Nothing is sent until you tap “Confirm”.</source>
        <translation>Nothing is sent until you tap “Confirm”.</translation>
    </message>
    <message>
        <source>Done on the spot: the result is printed at once.</source>
        <translation>Done on the spot: the result is printed at once.</translation>
    </message>
    <message>
        <source>Accepted here; the back office finishes it within {n} working days.</source>
        <translation>Accepted here; the back office finishes it within {n} working days.</translation>
    </message>
    <message>
        <source>Item: {name}</source>
        <translation>Item: {name}</translation>
    </message>
    <message>
        <source>Applicant: {name}, ID {id}</source>
        <translation>Applicant: {name}, ID {id}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Your case number</source>
        <translation>Your case number</translation>
    </message>
    <message>
        <source>{name} is done. You can rate it now (one rating per case).</source>
        <translation>{name} is done. You can rate it now (one rating per case).</translation>
    </message>
    <message>
        <source>Your application is accepted. It will be done by {date}; we will text you. Look it up here with the case number.</source>
        <translation>Your application is accepted. It will be done by {date}; we will text you. Look it up here with the case number.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{name} · step {i} of 5: {step}</source>
        <translation>{name} · step {i} of 5: {step}</translation>
    </message>
    <message>
        <source>Ask staff for help</source>
        <translation>Ask staff for help</translation>
    </message>
    <message>
        <source>Tells a clerk which item and step you are at; they come to this kiosk.</source>
        <translation>Tells a clerk which item and step you are at; they come to this kiosk.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The step before.</source>
        <translation>The step before.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Goes on to the next step.</translation>
    </message>
    <message>
        <source>Rate this case</source>
        <translation>Rate this case</translation>
    </message>
    <message>
        <source>You can rate each case once.</source>
        <translation>You can rate each case once.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Back to the first screen; what you entered is forgotten.</source>
        <translation>Back to the first screen; what you entered is forgotten.</translation>
    </message>
    <message>
        <source>e.g. 2026-03-08</source>
        <translation>e.g. 2026-03-08</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Please choose an answer for “{name}”.</source>
        <translation>Please choose an answer for “{name}”.</translation>
    </message>
    <message>
        <source>Please fill in “{name}”.</source>
        <translation>Please fill in “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is too long: at most {n} characters.</source>
        <translation>“{name}” is too long: at most {n} characters.</translation>
    </message>
    <message>
        <source>“{name}” should be {hint}.</source>
        <translation>“{name}” should be {hint}.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits, then a digit or X. You typed {n}.</source>
        <translation>An ID number has 18 characters: 17 digits, then a digit or X. You typed {n}.</translation>
    </message>
    <message>
        <source>This ID number does not add up: please check each digit against the card.</source>
        <translation>This ID number does not add up: please check each digit against the card.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1, e.g. 13812345678.</source>
        <translation>A mobile number has 11 digits and starts with 1, e.g. 13812345678.</translation>
    </message>
    <message>
        <source>Please write the date as year-month-day, e.g. 2026-03-08, and check it exists.</source>
        <translation>Please write the date as year-month-day, e.g. 2026-03-08, and check it exists.</translation>
    </message>
    <message>
        <source>This date is after today: please give a date up to today.</source>
        <translation>This date is after today: please give a date up to today.</translation>
    </message>
    <message>
        <source>This date has passed: please give today or a later date.</source>
        <translation>This date has passed: please give today or a later date.</translation>
    </message>
    <message>
        <source>Please type a number, using digits only.</source>
        <translation>Please type a number, using digits only.</translation>
    </message>
    <message>
        <source>Please type a whole number, without a point.</source>
        <translation>Please type a whole number, without a point.</translation>
    </message>
    <message>
        <source>Please use at most {n} digits after the point.</source>
        <translation>Please use at most {n} digits after the point.</translation>
    </message>
    <message>
        <source>The smallest number allowed is {n}.</source>
        <translation>The smallest number allowed is {n}.</translation>
    </message>
    <message>
        <source>The largest number allowed is {n}.</source>
        <translation>The largest number allowed is {n}.</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown.</source>
        <translation>Please choose one of the answers shown.</translation>
    </message>
    <message>
        <source>No paper needed: fetched as an e-certificate ({name}).</source>
        <translation>No paper needed: fetched as an e-certificate ({name}).</translation>
    </message>
    <message>
        <source>Made here at the kiosk; nothing to bring.</source>
        <translation>Made here at the kiosk; nothing to bring.</translation>
    </message>
    <message>
        <source>Scanned: {file}. Tap to scan again.</source>
        <translation>Scanned: {file}. Tap to scan again.</translation>
    </message>
    <message>
        <source>Needed: tap here, then put it on the scanner.</source>
        <translation>Needed: tap here, then put it on the scanner.</translation>
    </message>
    <message>
        <source>Only if it applies: tap here to scan it.</source>
        <translation>Only if it applies: tap here to scan it.</translation>
    </message>
</context>
<context>
    <name>StaffExitScreen</name>
    <message>
        <source>No exit PIN is set up on this kiosk (exit_pin_hash).</source>
        <translation>No exit PIN is set up on this kiosk (exit_pin_hash).</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a minute.</source>
        <translation>Too many wrong PINs. Please wait a minute.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Staff: leave the kiosk</source>
        <translation>Staff: leave the kiosk</translation>
    </message>
    <message>
        <source>Enter the exit PIN to close the kiosk program.</source>
        <translation>Enter the exit PIN to close the kiosk program.</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>Exit PIN</translation>
    </message>
    <message>
        <source>Four to eight digits.</source>
        <translation>Four to eight digits.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Closes the kiosk program.</source>
        <translation>Closes the kiosk program.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>Back to the first screen.</translation>
    </message>
</context>
<context>
    <name>TakeNumberScreen</name>
    <message>
        <source>No green channel for this service</source>
        <translation>No green channel for this service</translation>
    </message>
    <message>
        <source>{waiting} · {wait}</source>
        <translation>{waiting} · {wait}</translation>
    </message>
    <message>
        <source>Takes a number for {name}. {detail}.</source>
        <translation>Takes a number for {name}. {detail}.</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>By service</translation>
    </message>
    <message>
        <source>Shows the services to choose from.</source>
        <translation>Shows the services to choose from.</translation>
    </message>
    <message>
        <source>By item name</source>
        <translation>By item name</translation>
    </message>
    <message>
        <source>Find the item by typing its name or pinyin initials.</source>
        <translation>Find the item by typing its name or pinyin initials.</translation>
    </message>
    <message>
        <source>Green channel: on</source>
        <translation>Green channel: on</translation>
    </message>
    <message>
        <source>Green channel (elderly, disabled, pregnant)</source>
        <translation>Green channel (elderly, disabled, pregnant)</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>For elderly, disabled or pregnant people: served first. Tap to turn on or off.</source>
        <translation>For elderly, disabled or pregnant people: served first. Tap to turn on or off.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>The screen before.</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>Choose the service</translation>
    </message>
    <message>
        <source>Tap a service to take a number.</source>
        <translation>Tap a service to take a number.</translation>
    </message>
    <message>
        <source>Find your item</source>
        <translation>Find your item</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials, then tap the item.</source>
        <translation>Type part of the name or its pinyin initials, then tap the item.</translation>
    </message>
    <message>
        <source>Green channel is on: you will be served first.</source>
        <translation>Green channel is on: you will be served first.</translation>
    </message>
</context>
<context>
    <name>TapToHear</name>
    <message>
        <source>{what}. Tap again to choose it.</source>
        <translation>{what}. Tap again to choose it.</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>The printer is out of paper.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>The printer is not answering.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>The printer&apos;s cover is open.</translation>
    </message>
    <message>
        <source>The printer has a fault.</source>
        <translation>The printer has a fault.</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please remember your number {number}.</source>
        <translation>This kiosk has no printer. Please remember your number {number}.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>{fault} Your ticket could not be printed, but your number {number} is kept: please remember it or take a photo. The staff have been told.</source>
        <translation>{fault} Your ticket could not be printed, but your number {number} is kept: please remember it or take a photo. The staff have been told.</translation>
    </message>
    <message>
        <source>Printed. Please take your ticket from the slot below.</source>
        <translation>Printed. Please take your ticket from the slot below.</translation>
    </message>
    <message>
        <source>Lunch break: numbers for this service are called again from {time}.</source>
        <translation>Lunch break: numbers for this service are called again from {time}.</translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation>People ahead</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <source>A QR code of your ticket.</source>
        <translation>A QR code of your ticket.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>Back to the first screen.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Prints the ticket once more.</source>
        <translation>Prints the ticket once more.</translation>
    </message>
    <message>
        <source>See the queue</source>
        <translation>See the queue</translation>
    </message>
    <message>
        <source>Shows how many are waiting for each service.</source>
        <translation>Shows how many are waiting for each service.</translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>Your ticket</translation>
    </message>
    <message>
        <source>No ticket is shown.</source>
        <translation>No ticket is shown.</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>nobody, you are next</source>
        <translation>nobody, you are next</translation>
    </message>
    <message>
        <source>Green channel: served first</source>
        <translation>Green channel: served first</translation>
    </message>
    <message>
        <source>Appointment: served first</source>
        <translation>Appointment: served first</translation>
    </message>
    <message>
        <source>Offline number: valid as usual</source>
        <translation>Offline number: valid as usual</translation>
    </message>
    <message>
        <source>This kiosk is offline: people ahead and the wait are estimates.</source>
        <translation>This kiosk is offline: people ahead and the wait are estimates.</translation>
    </message>
    <message>
        <source>This kiosk is offline: queue figures as of {n} min ago.</source>
        <translation>This kiosk is offline: queue figures as of {n} min ago.</translation>
    </message>
    <message>
        <source>Your number is {number}, {category}. {ahead}, {wait}.</source>
        <translation>Your number is {number}, {category}. {ahead}, {wait}.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Shows the kiosk in this language.</source>
        <translation>Shows the kiosk in this language.</translation>
    </message>
    <message>
        <source>Standard mode</source>
        <translation>Standard mode</translation>
    </message>
    <message>
        <source>Leave elder mode</source>
        <translation>Leave elder mode</translation>
    </message>
    <message>
        <source>Back to standard text size; screens are no longer read aloud.</source>
        <translation>Back to standard text size; screens are no longer read aloud.</translation>
    </message>
    <message>
        <source>Elder mode · large text, read aloud</source>
        <translation>Elder mode · large text, read aloud</translation>
    </message>
    <message>
        <source>Elder mode</source>
        <translation>Elder mode</translation>
    </message>
    <message>
        <source>Large text, high contrast, and every screen read aloud.</source>
        <translation>Large text, high contrast, and every screen read aloud.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>Back to the first screen.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Nobody ahead of you</source>
        <translation>Nobody ahead of you</translation>
    </message>
    <message>
        <source>{n} ahead of you</source>
        <translation>{n} ahead of you</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} waiting</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>You are next</translation>
    </message>
    <message>
        <source>about {m} min</source>
        <translation>about {m} min</translation>
    </message>
    <message>
        <source>about {h} h {m} min</source>
        <translation>about {h} h {m} min</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{month}/{day} {weekday}</source>
        <translation>{month}/{day} {weekday}</translation>
    </message>
    <message>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}-{month:02d}-{day:02d}</translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation>Regular hours</translation>
    </message>
    <message>
        <source>Extended hours</source>
        <translation>Extended hours</translation>
    </message>
    <message>
        <source>Holiday opening</source>
        <translation>Holiday opening</translation>
    </message>
</context>
</TS>
