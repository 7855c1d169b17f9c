"""Self-service items (自助办理): an item done at the kiosk from start to finish, Qt-free.

``form`` describes what is asked (data in the catalogue), ``validation`` checks answers field by field,
``identity``, ``certificates`` and ``scanner`` are the edges behind interfaces (with demo providers),
``task`` gathers one item or one package (一件事) into what the kiosk asks, ``flow`` is the step machine,
``outcome`` records the case."""
